import path from 'node:path';
import { loadBundle } from '../../core/bundle/load-bundle';
import { bundleToNinjs } from '../../core/import/ninjs-export';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../io';
import { writeCommandOutput } from '../output-file';

const USAGE = 'presskit ninjs <bundle> -o item.json';

export const ninjsCommand: Command = {
  name: 'ninjs',
  summary: 'write a bundle as an IPTC ninjs 3.1 news item (JSON)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('ninjs', argv, { output: { type: 'string', short: 'o' } });
    if (positionals.length !== 1) throw new UsageError(`ninjs takes exactly one bundle: ${USAGE}`);
    if (!values.output) throw new UsageError(`ninjs needs -o item.json: ${USAGE}`);
    const bundle = await loadBundle(path.resolve(io.cwd, positionals[0]!));
    const item = await bundleToNinjs(bundle);
    const out = await writeCommandOutput(io, values.output, JSON.stringify(item, null, 2) + '\n');
    io.out(
      `${out}: ninjs 3.1 item "${bundle.manifest.id}" (${bundle.documents.length} document(s), ${bundle.manifest.assets.length} image(s))`,
    );
    return EXIT.ok;
  },
};
