import path from 'node:path';
import { importFile } from '../../core/import/import-file';
import { detectionReport } from '../../core/import/report';
import { writeBundleWithNotes } from '../../core/import/write-bundle';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../io';

const USAGE = 'presskit import <file> -o <out.presskit | out-folder> [--lang xx] [--json]';

export const importCommand: Command = {
  name: 'import',
  summary: 'turn a release (HTML, PDF, DOCX, e-mail, Markdown, text, ninjs or zip) into a bundle',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('import', argv, {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError(`import takes exactly one file: ${USAGE}`);
    if (!values.output) throw new UsageError(`import needs -o <out.presskit | out-folder>: ${USAGE}`);
    const input = path.resolve(io.cwd, positionals[0]!);
    const output = path.resolve(io.cwd, values.output);
    // A name ending in .presskit or .zip is an archive; anything else a folder.
    const kind = /\.(presskit|zip)$/i.test(output) ? 'archive' : 'folder';

    const { draft, images } = await importFile(input, values.lang ? { language: values.lang } : {});
    const notes = await writeBundleWithNotes(draft, images, { kind, path: output });
    if (values.json) {
      io.out(JSON.stringify(detectionReport(draft, { input, output, notes }), null, 2));
      return EXIT.ok;
    }
    const dropped = draft.documents.flatMap((d) => d.blocks).filter((b) => b.role === 'furniture').length;
    io.out(
      `${output}: ${draft.documents.length} document(s), ${draft.quotes.length} quote(s), ${draft.people.length} people, ` +
        `${draft.contacts.length} contact(s), ${draft.assets.length} image(s); ${dropped} furniture block(s) dropped`,
    );
    for (const note of [...draft.notes, ...notes]) io.err(`presskit: note: ${note}`);
    return EXIT.ok;
  },
};
