import path from 'node:path';
import { loadBundle } from '../../core/bundle/load-bundle';
import { dataDir } from '../../core/paths';
import { confFactory } from '../../core/store/conf-factory';
import { exportTimeline, timelineExportOptions } from '../../core/timeline/export';
import { suggestTimelineEvents } from '../../core/timeline/suggest';
import { existingUserTimelineStore } from '../../core/timeline/user-store';
import { UserTimeline } from '../../core/timeline/user-timeline';
import { TimelineExportFormat } from '../../shared/timeline/types';
import { EXIT, languageOption, parseCommandArgs, UsageError, type Command } from '../io';
import { writeTextOutput } from '../output-file';

const FORMATS = TimelineExportFormat.options;
/** The languages the exported timeline's dates and labels can be written in. */
const TIMELINE_LANGUAGES = ['en', 'id'] as const;

function parse(argv: string[]) {
  return parseCommandArgs('timeline', argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    suggest: { type: 'boolean' },
    lang: { type: 'string' },
  });
}

/**
 * `presskit timeline`: the timeline headless, as the app exports it (the bundle's events merged with
 * the user's from the data folder, when there are any), or with --suggest the dated statements found
 * in the bundle's text: date, precision, label and source sentence, as JSON.
 */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'export a bundle’s timeline (TimelineJS3 JSON, bundle JSON, CSV) or list suggested events',
  usage: 'presskit timeline <bundle> --format timelinejs|json|csv [-o file] [--lang en|id] | --suggest',
  async run(argv, io) {
    const { positionals, values } = parse(argv);
    if (positionals.length !== 1) throw new UsageError('timeline takes exactly one bundle (a folder or a .presskit file)');
    if (values.suggest && values.format) throw new UsageError('timeline: give either --suggest or --format');
    const format = values.format ?? (values.suggest ? undefined : 'timelinejs');
    if (format !== undefined && !(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`timeline: --format must be one of ${FORMATS.join(', ')}`);
    const lang = languageOption('timeline', values.lang, TIMELINE_LANGUAGES);
    const bundle = await loadBundle(path.resolve(io.cwd, positionals[0]!));

    if (values.suggest) {
      const suggestions = suggestTimelineEvents(bundle);
      const target = await writeTextOutput(io, values.output, JSON.stringify(suggestions, null, 2) + '\n');
      if (target) io.err(`${suggestions.length} suggested events of ${bundle.manifest.id} written to ${target}`);
      return EXIT.ok;
    }
    const store = existingUserTimelineStore(confFactory, dataDir(io.env), bundle.manifest.id);
    const timeline = new UserTimeline(bundle, store).resolved();
    for (const notice of timeline.notices) io.err(`presskit: ${notice}`);
    const file = exportTimeline(timeline, format as TimelineExportFormat, timelineExportOptions(bundle, lang, new Date()));
    const target = await writeTextOutput(io, values.output, file.content);
    if (target) io.err(`${timeline.events.length} timeline events of ${bundle.manifest.id} written to ${target}`);
    return EXIT.ok;
  },
};
