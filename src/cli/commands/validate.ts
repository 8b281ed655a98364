import path from 'node:path';
import { validateBundle } from '../../core/bundle/load-bundle';
import { formatProblem } from '../../shared/errors';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../io';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a bundle and list every problem',
  usage: 'presskit validate <bundle>',
  async run(argv, io) {
    const { positionals } = parseCommandArgs('validate', argv, {});
    if (positionals.length !== 1) throw new UsageError('validate takes exactly one bundle (a folder or a .presskit file)');
    const target = path.resolve(io.cwd, positionals[0]!);
    const result = await validateBundle(target);
    if (result.ok) {
      const m = result.bundle.manifest;
      io.out(
        `${target}: valid (${m.id}: ${m.documents.length} documents, ${m.quotes.length} quotes, ${m.timeline.events.length} timeline events)`,
      );
      return EXIT.ok;
    }
    io.err(`${result.error.message}`);
    for (const p of result.error.problems) io.out(formatProblem(p));
    return EXIT.invalid;
  },
};
