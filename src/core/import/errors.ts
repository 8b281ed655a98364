import { PresskitError } from '../../shared/errors';

/** Bad input to the importer: names the file (inside a zip: the entry) and the problem, for the CLI and the app alike. */
export function importError(file: string, message: string): PresskitError {
  return new PresskitError('IMPORT_INVALID', `${file}: ${message}`, [{ file, pointer: '', message }]);
}
