import { promises as fs } from 'node:fs';
import path from 'node:path';
import { anchorAll, parseAnnotationFile } from '../../core/annotations';
import { loadBundle } from '../../core/bundle/load-bundle';
import { isKitLanguage, KIT_LANGUAGES, renderPressKit, SECTION_KEYS, type Paper, type SectionKey } from '../../core/export';
import { PresskitError } from '../../shared/errors';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import { EXIT, parseCommandArgs, UsageError, type CliIo, type Command } from '../io';
import { writeCommandOutput } from '../output-file';

const USAGE =
  'presskit export <bundle> -o kit.pdf [--paper a4|letter] [--annotations <file.jsonld>] [--comments] [--lang en|id] [--sections release,quotes,…]';

function parse(argv: string[]) {
  return parseCommandArgs('export', argv, {
    output: { type: 'string', short: 'o' },
    paper: { type: 'string', default: 'a4' },
    annotations: { type: 'string' },
    // Reader comments are left out unless asked for; --no-comments stays accepted (it is the default now).
    comments: { type: 'boolean', default: false },
    'no-comments': { type: 'boolean', default: false },
    lang: { type: 'string' },
    sections: { type: 'string' },
  });
}

function parseSections(raw: string | undefined): SectionKey[] {
  if (raw === undefined) return [...SECTION_KEYS];
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length) throw new UsageError('export: --sections needs a comma-separated list of sections');
  for (const name of names) {
    if (!(SECTION_KEYS as readonly string[]).includes(name))
      throw new UsageError(`export: unknown section "${name}"; known: ${SECTION_KEYS.join(', ')}`);
  }
  return names as SectionKey[];
}

/** The clock: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when set, else now. */
export function exportClock(env: NodeJS.ProcessEnv): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return new Date();
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`export: SOURCE_DATE_EPOCH must be a whole number of seconds, not "${raw}"`);
  return new Date(Number(raw.trim()) * 1000);
}

async function readHighlights(file: string, bundle: LoadedBundle, io: CliIo): Promise<AnchoredAnnotation[]> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    const message = err instanceof SyntaxError ? `not valid JSON: ${err.message}` : (err as Error).message;
    throw new PresskitError('IMPORT_INVALID', `${file}: cannot read the annotations file`, [{ file, pointer: '', message }]);
  }
  const { annotations, rejected } = parseAnnotationFile(json, bundle, file);
  for (const r of rejected) io.err(`presskit: ${file}#/${r.index}: skipped: ${r.reason}`);
  return anchorAll(bundle, annotations);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a PDF press kit',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv);
    if (positionals.length !== 1) throw new UsageError('export takes exactly one bundle (a folder or a .presskit file)');
    if (!values.output) throw new UsageError('export: -o <file.pdf> is required');
    if (values.paper !== 'a4' && values.paper !== 'letter')
      throw new UsageError(`export: --paper must be a4 or letter, not "${values.paper}"`);
    const sections = parseSections(values.sections);
    if (values.comments && values['no-comments']) throw new UsageError('export: --comments and --no-comments contradict each other');
    if (values.lang !== undefined && !isKitLanguage(values.lang))
      throw new UsageError(`export: --lang must be one of ${KIT_LANGUAGES.join(', ')}, not "${values.lang}"`);
    const now = exportClock(io.env);
    const bundle = await loadBundle(path.resolve(io.cwd, positionals[0]!));
    const highlights = values.annotations ? await readHighlights(path.resolve(io.cwd, values.annotations), bundle, io) : [];
    const kit = await renderPressKit(bundle, {
      paper: values.paper as Paper,
      sections,
      includeComments: values.comments,
      ...(values.lang !== undefined && isKitLanguage(values.lang) ? { language: values.lang } : {}),
      highlights,
      now,
    });
    const target = await writeCommandOutput(io, values.output, kit.bytes);
    if (kit.missingCharacters.length)
      io.err(
        `presskit: warning: no font has ${kit.missingCharacters.join(' ')} (neither the kit's nor one found on this machine); printed as blanks (text search still finds them)`,
      );
    for (const file of kit.notEmbedded) io.err(`presskit: warning: ${file} is not embedded (only PNG and JPEG images are)`);
    const placed = highlights.filter((h) => h.range !== null).length;
    io.out(
      `${target}: ${kit.pages} pages, ${kit.bytes.length} bytes${highlights.length ? `, ${placed} of ${highlights.length} highlights placed` : ''}`,
    );
    return EXIT.ok;
  },
};
