import type { LocalizedText } from '../model/common';
import type { SpanEnd, TimelineEvent, TimelineLane } from '../model/timeline';
import { formatEventDates, fuzzyDateInterval, type DateLanguage } from './format-date';
import { compareFuzzyDates } from './fuzzy-date';

/** Lane for events whose lane is missing (a user lane deleted, a hand-edited file): shown last, never dropped. */
export const UNASSIGNED_LANE: TimelineLane = {
  id: 'unassigned',
  label: { en: 'Other events', id: 'Peristiwa lain' },
  kind: 'other',
  organisationIds: [],
};

/** Text in the wanted language, else English, else whatever language there is. */
export function pickText(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

const endRank = (end: SpanEnd | undefined): number => {
  if (end === undefined || end === 'present') return Number.MAX_SAFE_INTEGER;
  if (end === 'unknown') return Number.MAX_SAFE_INTEGER - 1;
  return fuzzyDateInterval(end).to;
};

/** Chronological: by start (a day before the month that holds it), then the shorter span, then id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareFuzzyDates(a.start, b.start) ||
    (a.kind === b.kind ? 0 : a.kind === 'point' ? -1 : 1) ||
    endRank(a.end) - endRank(b.end) ||
    a.id.localeCompare(b.id)
  );
}

export interface LaneGroup<E extends TimelineEvent> {
  lane: TimelineLane;
  events: E[];
}

/**
 * Lanes in the order the timeline lists them (the bundle decides: Huawei, Sharp, Xiaomi, then the
 * milestones — never the alphabet), each with its events in date order. Events of a lane that does
 * not exist go to a last "Other events" lane. Empty lanes are kept unless `hideEmpty`.
 */
export function groupByLane<E extends TimelineEvent>(
  timeline: { lanes: readonly TimelineLane[]; events: readonly E[] },
  options: { hideEmpty?: boolean } = {},
): LaneGroup<E>[] {
  const groups = new Map<string, LaneGroup<E>>();
  for (const lane of timeline.lanes) if (!groups.has(lane.id)) groups.set(lane.id, { lane, events: [] });
  for (const event of timeline.events) {
    let group = groups.get(event.laneId);
    if (!group) {
      group = groups.get(UNASSIGNED_LANE.id) ?? { lane: UNASSIGNED_LANE, events: [] };
      groups.set(UNASSIGNED_LANE.id, group);
    }
    group.events.push(event);
  }
  const ordered = [...groups.values()];
  for (const g of ordered) g.events.sort(compareEvents);
  return options.hideEmpty ? ordered.filter((g) => g.events.length) : ordered;
}

export interface ListEntry<E extends TimelineEvent> {
  event: E;
  lane: TimelineLane;
  /** "2016 – by May 2022", "Q4 2021". */
  dateText: string;
  label: string;
  description: string;
}

/** The list view (and the PDF's text list): every event in date order, lanes in their order on ties. */
export function chronologicalList<E extends TimelineEvent>(
  timeline: { lanes: readonly TimelineLane[]; events: readonly E[] },
  lang: DateLanguage,
): ListEntry<E>[] {
  const groups = groupByLane(timeline);
  const laneIndex = new Map(groups.map((g, i) => [g.lane.id, i]));
  return groups
    .flatMap((g) => g.events.map((event) => ({ event, lane: g.lane })))
    .sort(
      (a, b) =>
        compareFuzzyDates(a.event.start, b.event.start) ||
        laneIndex.get(a.lane.id)! - laneIndex.get(b.lane.id)! ||
        compareEvents(a.event, b.event),
    )
    .map(({ event, lane }) => ({
      event,
      lane,
      dateText: formatEventDates(event, lang),
      label: pickText(event.label, lang),
      description: pickText(event.description, lang),
    }));
}
