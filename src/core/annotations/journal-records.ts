import { z } from 'zod';
import { Annotation } from '../../shared/model/annotation';
import type { AnnotationStoreData } from './annotation-store-spec';

/**
 * One line of an annotation journal: an annotation written whole (created or changed) or an id
 * deleted, with the content hash of the bundle version it was written against. Replaying a record
 * twice changes nothing, so a crash between writing a snapshot and emptying the journal is harmless.
 */
export const JournalRecord = z.union([
  z.object({ h: z.string().nullable(), put: Annotation }).strict(),
  z.object({ h: z.string().nullable(), del: z.string() }).strict(),
]);
export type JournalRecord = z.infer<typeof JournalRecord>;

/**
 * The records that turn `before` into `after`: annotations added or changed, and ids removed. The
 * unchanged head and tail (the same objects in the same places) are skipped by reference, so one
 * change among 20,000 annotations costs a pointer scan, not 20,000 comparisons by content.
 */
export function diffAnnotations(before: readonly Annotation[], after: readonly Annotation[], h: string | null): JournalRecord[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  const was = before.slice(head, before.length - tail);
  const now = after.slice(head, after.length - tail);
  const old = new Map(was.map((a) => [a.id, a]));
  const records: JournalRecord[] = [];
  const kept = new Set<string>();
  for (const a of now) {
    kept.add(a.id);
    const b = old.get(a.id);
    // The same object is unchanged; a rebuilt one is compared by content.
    if (b !== a && (!b || JSON.stringify(b) !== JSON.stringify(a))) records.push({ h, put: a });
  }
  for (const b of was) if (!kept.has(b.id)) records.push({ h, del: b.id });
  return records;
}

/** Applies one journal line to `data` (mutating it and its id index); false when the line is not a record. */
export function replayRecord(
  data: { -readonly [K in keyof AnnotationStoreData]: AnnotationStoreData[K] },
  index: Map<string, number>,
  line: string,
): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return false;
  }
  const record = JournalRecord.safeParse(parsed);
  if (!record.success) return false;
  const r = record.data;
  data.contentHash = r.h;
  if ('put' in r) {
    const at = index.get(r.put.id);
    if (at === undefined) {
      index.set(r.put.id, data.annotations.length);
      data.annotations.push(r.put);
    } else data.annotations[at] = r.put;
  } else {
    const at = index.get(r.del);
    if (at === undefined) return true;
    data.annotations.splice(at, 1);
    index.clear();
    data.annotations.forEach((a, i) => index.set(a.id, i));
  }
  return true;
}
