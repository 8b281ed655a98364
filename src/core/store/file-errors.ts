import { PresskitError } from '../../shared/errors';

/** What each file-system error means, in words a user can act on. */
const MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk or folder is read-only',
  ENAMETOOLONG: 'the name is too long for the file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ELOOP: 'the path has too many symbolic links (a loop)',
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is busy',
  EIO: 'the disk reported an input/output error',
};

/** A Node system error (it carries an errno code such as EACCES), as opposed to bad content. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return (
    err instanceof Error &&
    typeof (err as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code!)
  );
}

/** The typed, file-naming error for a file-system failure; anything else is returned as it is. */
export function fileError(file: string, err: unknown, doing = 'could not be used'): unknown {
  if (err instanceof PresskitError || !isSystemError(err)) return err;
  const code = err.code!;
  const meaning = MEANINGS[code] ?? code;
  return new PresskitError('FILE_IO', `${file} ${doing}: ${meaning} (${code})`, [{ file, pointer: '', message: `${meaning} (${code})` }]);
}
