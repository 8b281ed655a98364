import { PresskitError } from '../../shared/errors';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { LoadedBundle } from '../../shared/model/document';
import { exportTimeline, timelineExportOptions } from '../timeline/export';
import { parseTimelineJs } from '../timeline/timelinejs-import';
import { openUserTimelineStore } from '../timeline/user-store';
import { UserTimeline } from '../timeline/user-timeline';
import type { ServiceContext } from './context';

type TimelineHandlers = Pick<
  ChannelHandlers,
  | 'getTimeline'
  | 'suggestTimelineEvents'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
  | 'saveTimelineEvent'
  | 'deleteTimelineEvent'
  | 'revertTimelineEvent'
  | 'saveTimelineLane'
  | 'deleteTimelineLane'
  | 'exportTimeline'
  | 'importTimelineJs'
>;

export function timelineHandlers(ctx: ServiceContext): TimelineHandlers {
  // One timeline per loaded bundle (it keeps the suggestions); its store is read afresh by every
  // operation, so what another host (desktop app, `presskit serve`, the CLI) saved meanwhile is kept.
  let cached: { bundle: LoadedBundle; timeline: UserTimeline } | null = null;
  const current = (): { bundle: LoadedBundle; timeline: UserTimeline } => {
    const bundle = ctx.session.bundle;
    if (!bundle) throw new PresskitError('NO_BUNDLE_OPEN', 'No bundle is open');
    if (cached?.bundle !== bundle) {
      const id = bundle.manifest.id;
      cached = { bundle, timeline: new UserTimeline(bundle, () => openUserTimelineStore(ctx.stores, ctx.dataDir, id, ctx.now), ctx.now) };
    }
    return cached;
  };
  const timeline = () => current().timeline;

  return {
    async getTimeline() {
      return timeline().resolved();
    },
    async suggestTimelineEvents() {
      return timeline().suggestions();
    },
    async acceptSuggestion({ suggestionId, ...overrides }) {
      return timeline().accept(suggestionId, overrides);
    },
    async dismissSuggestion({ suggestionId, dismissed }) {
      return timeline().dismiss(suggestionId, dismissed ?? true);
    },
    async saveTimelineEvent({ event }) {
      return timeline().save(event);
    },
    async deleteTimelineEvent({ id }) {
      return timeline().delete(id);
    },
    async revertTimelineEvent({ id }) {
      return timeline().revert(id);
    },
    async saveTimelineLane({ lane }) {
      return timeline().saveLane(lane);
    },
    async deleteTimelineLane({ id }) {
      return timeline().deleteLane(id);
    },
    async exportTimeline({ format, language }) {
      const { bundle, timeline: t } = current();
      return exportTimeline(t.resolved(), format, timelineExportOptions(bundle, language, ctx.now()));
    },
    async importTimelineJs({ text, fileName, language }) {
      const { bundle, timeline: t } = current();
      const imported = parseTimelineJs(text, {
        language: language ?? bundle.manifest.languages[0] ?? 'en',
        fileName: fileName ?? 'timeline.json',
      });
      const result = t.import(imported);
      return { ...result, timeline: t.resolved() };
    },
  };
}
