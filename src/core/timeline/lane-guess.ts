import type { BundleManifest } from '../../shared/model/bundle';

const STOP_NAME_WORDS = new Set([
  'the',
  'pt',
  'cv',
  'bank',
  'group',
  'grupo',
  'company',
  'perum',
  'persero',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'inc',
]);

/** The words an organisation is mentioned by: its full name and its first distinctive word ("Leica"). */
function organisationNames(org: BundleManifest['organisations'][number]): string[] {
  const first = org.name.split(/\s+/).find((w) => w.length >= 3 && !STOP_NAME_WORDS.has(w.toLowerCase()));
  return [org.name, ...(first ? [first] : [])];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each organisation is named in one document: found once, so a long text costs one pass per organisation. */
export type Mentions = Map<string, { start: number; end: number }[]>;

export function findMentions(manifest: BundleManifest, text: string): Mentions {
  const mentions: Mentions = new Map();
  for (const org of manifest.organisations) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${organisationNames(org).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const list = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (list.length) mentions.set(org.id, list);
  }
  return mentions;
}

/** Distance from the date to the nearest mention inside [from, to), by binary search; undefined when none. */
function nearest(
  list: { start: number; end: number }[],
  from: number,
  to: number,
  date: { start: number; end: number },
): number | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < date.start) lo = mid + 1;
    else hi = mid;
  }
  let best: number | undefined;
  const before = list[lo - 1];
  const after = list[lo];
  if (before && before.start >= from) best = Math.max(0, date.start - before.end);
  if (after && after.end <= to) best = Math.min(best ?? Infinity, Math.max(0, after.start - date.end));
  return best;
}

/**
 * The lane a dated sentence belongs to, from the organisations it names: every organisation of the lane
 * must be named; a lane that accounts for more of them wins (a partnership over one partner's
 * milestones), then the one whose organisations are named nearest the date ("Leica … Huawei dari tahun
 * 2016 dan Sharp tahun 2021": 2016 goes to Huawei, 2021 to Sharp).
 */
export function guessLane(
  manifest: BundleManifest,
  mentions: Mentions,
  sentence: { start: number; end: number },
  date: { start: number; end: number },
): string | undefined {
  const distance = new Map<string, number>();
  for (const [orgId, list] of mentions) {
    const d = nearest(list, sentence.start, sentence.end, date);
    if (d !== undefined) distance.set(orgId, d);
  }
  let best: { id: string; named: number; near: number } | undefined;
  for (const lane of manifest.timeline.lanes) {
    if (!lane.organisationIds.length || !lane.organisationIds.every((o) => distance.has(o))) continue;
    const named = lane.organisationIds.length;
    const near = lane.organisationIds.reduce((s, o) => s + distance.get(o)!, 0);
    if (!best || named > best.named || (named === best.named && near < best.near)) best = { id: lane.id, named, near };
  }
  return best?.id;
}
