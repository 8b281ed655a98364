import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { PresskitError, type Problem } from '../../shared/errors';
import type { LoadedBundle } from '../../shared/model/document';
import { TimelineEvent, type SpanEnd, type TimelineLane } from '../../shared/model/timeline';
import { fuzzyDateInterval } from '../../shared/timeline/format-date';
import { fuzzyDatesEqual } from '../../shared/timeline/fuzzy-date';
import { groupByLane } from '../../shared/timeline/lanes';
import type {
  EventProvenance,
  ResolvedTimeline,
  ResolvedTimelineEvent,
  StoredTimelineEvent,
  SuggestionWithStatus,
  TimelineSuggestion,
} from '../../shared/timeline/types';
import { anchorQuote } from '../annotations/anchor';
import type { OpenedStore } from '../store/store';
import { suggestTimelineEvents } from './suggest';
import type { ImportedTimeline } from './timelinejs-import';
import { uniqueSlug } from './timelinejs-format';
import type { UserEventRecord, UserTimelineData } from './user-store';

/** An event to save: without an id it is a new one. */
export type EventInput = Omit<StoredTimelineEvent, 'id'> & { id?: string };

export interface AcceptOverrides {
  laneId?: string;
  label?: string;
  kind?: 'span' | 'point';
  end?: SpanEnd;
}

const DEFAULT_LANE: TimelineLane = { id: 'events', label: { en: 'Events', id: 'Peristiwa' }, kind: 'other', organisationIds: [] };

/** Only the model's fields, for comparing events regardless of where they are kept. */
const modelOf = (e: StoredTimelineEvent) => TimelineEvent.parse(e);

/**
 * One bundle's timeline as the user sees it: the bundle's lanes and events, merged with what the user
 * made, accepted, imported, edited or deleted (kept in a store of their own, never in the bundle).
 */
export class UserTimeline {
  private suggestionCache: TimelineSuggestion[] | null = null;
  private readonly open: () => OpenedStore<UserTimelineData>;
  /** The store as read for the operation under way; null between operations. */
  private opened: OpenedStore<UserTimelineData> | null = null;
  /** Every notice of this timeline's store seen this run (a corrupt file moved aside), shown with the timeline. */
  private readonly notices: string[] = [];

  /**
   * `store` is an opener, called once per operation, so each one works on what is on disk now and what
   * another host (the desktop app, `presskit serve`, the CLI) saved meanwhile is kept; an opened store
   * is used as it is (a read-only caller's).
   */
  constructor(
    private readonly bundle: LoadedBundle,
    store: OpenedStore<UserTimelineData> | (() => OpenedStore<UserTimelineData>),
    private readonly now: () => Date = () => new Date(),
  ) {
    this.open = typeof store === 'function' ? store : () => store;
  }

  /** Runs one operation on one read of the store (read-modify-write); nested calls share it. */
  private op<R>(work: () => R): R {
    if (this.opened) return work();
    const store = this.open();
    for (const n of store.notices) if (!this.notices.includes(n)) this.notices.push(n);
    this.opened = store;
    try {
      return work();
    } finally {
      this.opened = null;
    }
  }

  private get store(): OpenedStore<UserTimelineData> {
    if (!this.opened) throw new Error('UserTimeline: the store was used outside an operation');
    return this.opened;
  }

  private get data(): UserTimelineData {
    return this.store.read();
  }

  /** The change is applied to the file as it is now, under its cross-process lock: another process's save is kept. */
  private write(change: (d: UserTimelineData) => UserTimelineData): void {
    this.store.update((current) => change(structuredClone(current)));
  }

  lanes(): TimelineLane[] {
    return this.op(() => {
      const own = this.data.lanes;
      const lanes = this.bundle.manifest.timeline.lanes.map((l) => own.find((o) => o.id === l.id) ?? l);
      return [...lanes, ...own.filter((o) => !lanes.some((l) => l.id === o.id))];
    });
  }

  resolved(): ResolvedTimeline {
    return this.op(() => {
      const d = this.data;
      const edits = new Map(d.events.filter((r) => r.origin === 'edit').map((r) => [r.id, r]));
      const fromBundle = this.bundle.manifest.timeline.events
        .filter((e) => !d.hidden.includes(e.id))
        .map((e): ResolvedTimelineEvent => {
          const edit = edits.get(e.id);
          return edit ? { ...this.stored(edit), provenance: 'edited' } : { ...e, provenance: 'bundle' };
        });
      const own = d.events
        .filter((r) => r.origin !== 'edit')
        .map((r): ResolvedTimelineEvent => ({ ...this.stored(r), provenance: r.origin as EventProvenance }));
      const lanes = this.lanes();
      const events = groupByLane({ lanes, events: [...fromBundle, ...own] }).flatMap((g) => g.events);
      const result: ResolvedTimeline = { lanes, events, notices: [...this.notices] };
      if (d.timelinejs) result.timelinejs = d.timelinejs;
      return result;
    });
  }

  private stored(r: UserEventRecord): StoredTimelineEvent {
    const { origin: _o, suggestionId: _s, created: _c, modified: _m, ...event } = r;
    return event;
  }

  private bundleEvent(id: string) {
    return this.bundle.manifest.timeline.events.find((e) => e.id === id);
  }

  /** Checks what the schema cannot: the lane exists, a point has no end, a span does not end before it starts, the source is in the bundle. */
  private check(event: StoredTimelineEvent): void {
    const problems: Problem[] = [];
    const file = `timeline event "${event.id}"`;
    const at = (pointer: string, message: string) => problems.push({ file, pointer, message });
    if (!this.lanes().some((l) => l.id === event.laneId)) at('/laneId', `unknown lane "${event.laneId}"`);
    if (event.kind === 'point' && event.end !== undefined) at('/end', 'a point event has no end; use kind "span"');
    if (typeof event.end === 'object' && fuzzyDateInterval(event.end).to < fuzzyDateInterval(event.start).from)
      at('/end', 'ends before it starts');
    if (event.source) {
      const doc = this.bundle.documents.find((x) => x.id === event.source!.documentId);
      if (!doc) at('/source/documentId', `unknown document "${event.source.documentId}"`);
      else if (!anchorQuote(doc.text, { ...event.source.quote, position: event.source.position }))
        at('/source/quote/exact', `does not occur in document "${doc.id}"`);
    }
    if (problems.length) throw new PresskitError('ARGUMENT_INVALID', `The timeline event "${event.id}" cannot be saved`, problems);
  }

  private takenIds(): Set<string> {
    return new Set([...this.bundle.manifest.timeline.events.map((e) => e.id), ...this.data.events.map((e) => e.id)]);
  }

  private resolvedEvent(id: string): ResolvedTimelineEvent {
    return this.resolved().events.find((e) => e.id === id)!;
  }

  /** Creates (no id) or updates an event; changing a bundle event keeps the bundle intact and stores an edited copy. */
  save(input: EventInput, origin: UserEventRecord['origin'] = 'user', suggestionId?: string): ResolvedTimelineEvent {
    return this.op(() => {
      const id = input.id ?? `user-${randomUUID().slice(0, 8)}`;
      const parsed = TimelineEvent.safeParse({ ...input, id });
      if (!parsed.success)
        throw new PresskitError(
          'ARGUMENT_INVALID',
          `The timeline event "${id}" is not valid`,
          parsed.error.issues.map((i) => ({ file: `timeline event "${id}"`, pointer: '/' + i.path.join('/'), message: i.message })),
        );
      // The parsed copy drops the TimelineJS passthrough; keep the input, which the schema has vouched for.
      const event: StoredTimelineEvent = { ...input, id };
      this.check(event);
      const stamp = this.now().toISOString();
      const inBundle = this.bundleEvent(id);
      this.write((d) => {
        const existing = d.events.find((r) => r.id === id);
        const others = d.events.filter((r) => r.id !== id);
        // Saving a bundle event back to what the bundle says drops the edit.
        if (inBundle && isDeepStrictEqual(modelOf(event), modelOf(inBundle))) return { ...d, events: others };
        const record: UserEventRecord = {
          ...event,
          origin: inBundle ? 'edit' : (existing?.origin ?? origin),
          created: existing?.created ?? stamp,
          modified: stamp,
        };
        const sid = existing?.suggestionId ?? suggestionId;
        if (sid) record.suggestionId = sid;
        return { ...d, events: [...others, record], hidden: d.hidden.filter((h) => h !== id) };
      });
      return this.resolvedEvent(id);
    });
  }

  /** Deletes a user event, or hides a bundle event (revert brings it back). */
  delete(id: string): { deleted: true } {
    return this.op(() => {
      const inBundle = !!this.bundleEvent(id);
      if (!inBundle && !this.data.events.some((r) => r.id === id)) throw noEvent(id);
      this.write((d) => ({
        ...d,
        events: d.events.filter((r) => r.id !== id),
        hidden: inBundle && !d.hidden.includes(id) ? [...d.hidden, id] : d.hidden,
      }));
      return { deleted: true };
    });
  }

  /** Undoes the user's edit or deletion of a bundle event. */
  revert(id: string): ResolvedTimelineEvent {
    return this.op(() => {
      if (!this.bundleEvent(id)) throw noEvent(id, 'bundle ');
      this.write((d) => ({ ...d, events: d.events.filter((r) => r.id !== id), hidden: d.hidden.filter((h) => h !== id) }));
      return this.resolvedEvent(id);
    });
  }

  saveLane(lane: TimelineLane): TimelineLane[] {
    return this.op(() => {
      const orgs = new Set(this.bundle.manifest.organisations.map((o) => o.id));
      const unknown = lane.organisationIds.filter((o) => !orgs.has(o));
      if (unknown.length)
        throw new PresskitError('ARGUMENT_INVALID', `Lane "${lane.id}" names unknown organisations`, [
          { file: `timeline lane "${lane.id}"`, pointer: '/organisationIds', message: `unknown organisation "${unknown[0]}"` },
        ]);
      this.write((d) => ({
        ...d,
        lanes: d.lanes.some((l) => l.id === lane.id) ? d.lanes.map((l) => (l.id === lane.id ? lane : l)) : [...d.lanes, lane],
      }));
      return this.lanes();
    });
  }

  /** Removes a lane the user added, with its events (the bundle's own lanes stay). */
  deleteLane(id: string): TimelineLane[] {
    return this.op(() => {
      if (!this.data.lanes.some((l) => l.id === id) || this.bundle.manifest.timeline.lanes.some((l) => l.id === id))
        throw new PresskitError('ARGUMENT_INVALID', `"${id}" is not a lane you added`, [
          { file: 'timeline', pointer: '/lanes', message: `no user lane "${id}"` },
        ]);
      this.write((d) => ({
        ...d,
        lanes: d.lanes.filter((l) => l.id !== id),
        events: d.events.filter((r) => r.laneId !== id || r.origin === 'edit'),
      }));
      return this.lanes();
    });
  }

  private allSuggestions(): TimelineSuggestion[] {
    this.suggestionCache ??= suggestTimelineEvents(this.bundle);
    return this.suggestionCache;
  }

  /** Every suggestion, marked new, already on the timeline (accepted, or cited by an event with that date) or dismissed. */
  suggestions(): SuggestionWithStatus[] {
    return this.op(() => {
      const d = this.data;
      const events = this.resolved().events;
      const accepted = new Map(d.events.filter((r) => r.suggestionId).map((r) => [r.suggestionId!, r.id]));
      const cited = events.flatMap((e) => {
        const doc = e.source && this.bundle.documents.find((x) => x.id === e.source!.documentId);
        const range = doc ? anchorQuote(doc.text, { ...e.source!.quote, position: e.source!.position }) : null;
        return range ? [{ e, documentId: doc!.id, range }] : [];
      });
      return this.allSuggestions().map((s) => {
        const sameDate = (e: StoredTimelineEvent) =>
          fuzzyDatesEqual(e.start, s.date) ||
          (typeof e.end === 'object' && (fuzzyDatesEqual(e.end, s.date) || (!!s.end && fuzzyDatesEqual(e.end, s.end))));
        const eventId =
          accepted.get(s.id) ??
          cited.find(
            (c) =>
              c.documentId === s.documentId && c.range.start < s.datePosition.end && s.datePosition.start < c.range.end && sameDate(c.e),
          )?.e.id;
        if (d.dismissed.includes(s.id)) return { ...s, status: 'dismissed' as const };
        return eventId ? { ...s, status: 'on-timeline' as const, eventId } : { ...s, status: 'new' as const };
      });
    });
  }

  dismiss(suggestionId: string, dismissed = true): { dismissed: boolean } {
    return this.op(() => {
      this.suggestion(suggestionId);
      this.write((d) => ({
        ...d,
        dismissed: dismissed ? [...new Set([...d.dismissed, suggestionId])] : d.dismissed.filter((x) => x !== suggestionId),
      }));
      return { dismissed };
    });
  }

  private suggestion(id: string): TimelineSuggestion {
    const s = this.allSuggestions().find((x) => x.id === id);
    if (!s)
      throw new PresskitError('ARGUMENT_INVALID', `No suggestion "${id}" in this bundle`, [
        { file: 'timeline suggestions', pointer: '', message: `unknown suggestion "${id}"` },
      ]);
    return s;
  }

  /** Turns a suggestion into a user event citing its sentence; accepting twice returns the same event. */
  accept(suggestionId: string, o: AcceptOverrides = {}): ResolvedTimelineEvent {
    return this.op(() => {
      const s = this.suggestion(suggestionId);
      const existing = this.data.events.find((r) => r.suggestionId === s.id);
      if (existing) return this.resolvedEvent(existing.id);
      const lanes = this.lanes();
      let laneId = o.laneId ?? s.laneId ?? (lanes.find((l) => l.kind === 'milestones') ?? lanes[0])?.id;
      if (!laneId) laneId = this.saveLane(DEFAULT_LANE)[0]!.id;
      const kind = o.kind ?? (s.end || s.role === 'start' ? 'span' : 'point');
      const event: EventInput = {
        id: uniqueSlug(`suggested-${s.id}`, this.takenIds(), 'suggested'),
        laneId,
        kind,
        label: { [s.language]: o.label ?? s.label },
        start: s.date,
        source: { documentId: s.documentId, quote: s.quote, position: s.position },
      };
      if (kind === 'span') event.end = o.end ?? s.end ?? 'unknown';
      const saved = this.save(event, 'suggestion', s.id);
      this.write((d) => ({ ...d, dismissed: d.dismissed.filter((x) => x !== s.id) }));
      return saved;
    });
  }

  /** Adds an imported timeline: lanes join existing ones of the same id or name; an event already here unchanged is skipped. */
  import(imported: ImportedTimeline): { added: number; skipped: number; lanesAdded: number } {
    return this.op(() => {
      const lanes = this.lanes();
      const laneIds = new Set(lanes.map((l) => l.id));
      const laneMap = new Map<string, string>();
      const newLanes: TimelineLane[] = [];
      for (const lane of imported.lanes) {
        const names = Object.values(lane.label).map((n) => n.toLowerCase());
        const match =
          lanes.find((l) => l.id === lane.id) ?? lanes.find((l) => Object.values(l.label).some((n) => names.includes(n.toLowerCase())));
        if (match) laneMap.set(lane.id, match.id);
        else {
          const id = uniqueSlug(lane.id, laneIds, 'lane');
          laneMap.set(lane.id, id);
          newLanes.push({
            ...lane,
            id,
            organisationIds: lane.organisationIds.filter((o) => this.bundle.manifest.organisations.some((x) => x.id === o)),
          });
        }
      }
      const current = new Map(this.resolved().events.map((e) => [e.id, e]));
      const taken = this.takenIds();
      const stamp = this.now().toISOString();
      const records: UserEventRecord[] = [];
      let skipped = 0;
      for (const e of imported.events) {
        const laneId = laneMap.get(e.laneId) ?? e.laneId;
        const event: StoredTimelineEvent = { ...e, laneId, ...(e.timelinejs ? { timelinejs: { ...e.timelinejs, laneId } } : {}) };
        const same = current.get(e.id);
        if (same && isDeepStrictEqual(modelOf(same), modelOf(event))) {
          skipped++;
          continue;
        }
        if (event.source && !this.bundle.documents.some((d) => d.id === event.source!.documentId)) delete event.source;
        const id = taken.has(e.id) ? uniqueSlug(e.id, taken, 'event') : e.id;
        taken.add(id);
        records.push({ ...event, id, origin: 'import', created: stamp, modified: stamp });
      }
      this.write((d) => {
        const next = { ...d, lanes: [...d.lanes, ...newLanes], events: [...d.events, ...records] };
        if (Object.keys(imported.timelinejs).length) next.timelinejs = imported.timelinejs;
        return next;
      });
      return { added: records.length, skipped, lanesAdded: newLanes.length };
    });
  }
}

function noEvent(id: string, what = ''): PresskitError {
  return new PresskitError('ARGUMENT_INVALID', `No ${what}timeline event "${id}"`, [
    { file: 'timeline', pointer: '/events', message: `unknown event "${id}"` },
  ]);
}
