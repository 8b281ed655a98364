import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  AnnotationRepository,
  exportAnnotationFile,
  formatImportReport,
  importAnnotations,
  type AnnotationExportFormat,
} from '../../core/annotations/index';
import { loadBundle } from '../../core/bundle/load-bundle';
import { dataDir } from '../../core/paths';
import { confFactory } from '../../core/store/conf-factory';
import { PresskitError } from '../../shared/errors';
import { ANNOTATION_EXPORT_FORMATS } from '../../shared/ipc/channels/annotations';
import { EXIT, parseCommandArgs, UsageError, type CliIo, type Command } from '../io';
import { writeTextOutput } from '../output-file';

const USAGE = 'presskit annotations export <bundle> --format jsonld|md|csv [-o file] | annotations import <bundle> <file.jsonld>';

function parse(argv: string[]) {
  return parseCommandArgs('annotations', argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    language: { type: 'string' },
  });
}

/** The same store the app uses: the data folder, or $PRESSKIT_DATA_DIR. */
function repositoryFor(io: CliIo): AnnotationRepository {
  return new AnnotationRepository(confFactory, dataDir(io.env));
}

const printNotices = (io: CliIo, repository: AnnotationRepository) => repository.takeNotices().forEach((n) => io.err(`presskit: ${n}`));

const isExportFormat = (format: string | undefined): format is AnnotationExportFormat =>
  (ANNOTATION_EXPORT_FORMATS as readonly (string | undefined)[]).includes(format);

async function runExport(
  bundlePath: string,
  format: string | undefined,
  output: string | undefined,
  language: string | undefined,
  io: CliIo,
) {
  if (!isExportFormat(format)) throw new UsageError(`annotations export: --format must be one of ${ANNOTATION_EXPORT_FORMATS.join(', ')}`);
  const bundle = await loadBundle(path.resolve(io.cwd, bundlePath));
  const repository = repositoryFor(io);
  const { content, count } = exportAnnotationFile(repository, bundle, format, language);
  printNotices(io, repository);
  const target = await writeTextOutput(io, output, content);
  if (target === null) return EXIT.ok;
  io.err(`${count} annotation${count === 1 ? '' : 's'} of ${bundle.manifest.id} written to ${target}`);
  return EXIT.ok;
}

async function runImport(bundlePath: string, file: string, io: CliIo) {
  const bundle = await loadBundle(path.resolve(io.cwd, bundlePath));
  const source = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = await fs.readFile(source, 'utf8');
  } catch (err) {
    throw new PresskitError('IMPORT_INVALID', `Cannot read ${source}: ${(err as Error).message}`, [
      { file: source, pointer: '', message: 'cannot be read' },
    ]);
  }
  const repository = repositoryFor(io);
  const { report } = importAnnotations(repository, bundle, text, source);
  printNotices(io, repository);
  for (const line of formatImportReport(report)) io.out(line);
  io.out(`store: ${repository.pathFor(bundle.manifest.id)}`);
  // Items were imported either way; a non-zero code tells scripts that some were not.
  return report.rejected.length ? EXIT.invalid : EXIT.ok;
}

export const annotationsCommand: Command = {
  name: 'annotations',
  summary: 'export the stored annotations of a bundle, or import a W3C JSON-LD file into them',
  usage: USAGE,
  async run(argv, io) {
    const { positionals, values } = parse(argv);
    const [sub, ...rest] = positionals;
    if (sub === 'export') {
      if (rest.length !== 1) throw new UsageError('annotations export takes exactly one bundle');
      return runExport(rest[0]!, values.format, values.output, values.language, io);
    }
    if (sub === 'import') {
      if (rest.length !== 2) throw new UsageError('annotations import takes a bundle and a .jsonld file');
      if (values.format || values.output) throw new UsageError('annotations import takes no --format or -o');
      return runImport(rest[0]!, rest[1]!, io);
    }
    throw new UsageError(`annotations: expected "export" or "import", not ${sub === undefined ? 'nothing' : `"${sub}"`}`);
  },
};
