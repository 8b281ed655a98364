import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { UsedTag } from '../../shared/ipc/channels/tags';
import type { ServiceContext } from './context';

/** `annotations-<bundle id>.json`: one bundle's annotation store (see annotationStoreName). */
const STORE_FILE = /^annotations-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Only ids and tags are read, leniently: a store another version wrote, or a broken one, is skipped, never changed. */
const Tagged = z.object({ id: z.string().catch(''), tags: z.array(z.string()).catch([]) });
const TagsOnly = z.object({ data: z.object({ annotations: z.array(Tagged) }) });
const JournalLine = z.union([z.object({ put: Tagged }), z.object({ del: z.string() })]);

/** One bundle's tags: its snapshot, then the changes its journal records since (see journal-store.ts). */
async function tagsOfStore(snapshot: string): Promise<string[][]> {
  const byId = new Map<string, string[]>();
  try {
    const parsed = TagsOnly.safeParse(JSON.parse(await fsp.readFile(snapshot, 'utf8')));
    if (!parsed.success) return [];
    parsed.data.data.annotations.forEach((a, i) => byId.set(a.id || `#${i}`, a.tags));
  } catch {
    return [];
  }
  const journal = await fsp.readFile(snapshot.replace(/\.json$/, '.journal.jsonl'), 'utf8').catch(() => '');
  for (const line of journal.split('\n')) {
    let record: z.infer<typeof JournalLine> | undefined;
    try {
      record = JournalLine.safeParse(JSON.parse(line)).data;
    } catch {
      continue;
    }
    if (record && 'put' in record) byId.set(record.put.id, record.put.tags);
    else if (record) byId.delete(record.del);
  }
  return [...byId.values()];
}

/** Counts tags case-insensitively; the spelling shown is the one used most (on a tie, the one with capitals: a name). */
const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, '').length;

export function gatherTags(stores: readonly { bundleId: string; tags: string[][] }[]): UsedTag[] {
  const byKey = new Map<string, { uses: number; bundleIds: Set<string>; spellings: Map<string, number> }>();
  for (const { bundleId, tags } of stores)
    for (const tag of tags.flat()) {
      const key = tag.trim().toLowerCase();
      if (!key) continue;
      const entry = byKey.get(key) ?? { uses: 0, bundleIds: new Set<string>(), spellings: new Map<string, number>() };
      entry.uses++;
      entry.bundleIds.add(bundleId);
      entry.spellings.set(tag.trim(), (entry.spellings.get(tag.trim()) ?? 0) + 1);
      byKey.set(key, entry);
    }
  return [...byKey.values()]
    .map((e) => ({
      tag: [...e.spellings].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]) || a[0].localeCompare(b[0]))[0]![0],
      uses: e.uses,
      bundleIds: [...e.bundleIds].sort(),
    }))
    .sort((a, b) => b.uses - a.uses || a.tag.localeCompare(b.tag));
}

export function tagHandlers(ctx: ServiceContext): Pick<ChannelHandlers, 'listAnnotationTags'> {
  return {
    async listAnnotationTags() {
      const names = await fsp.readdir(ctx.dataDir).catch(() => [] as string[]);
      const stores = await Promise.all(
        names.flatMap((name) => {
          const bundleId = STORE_FILE.exec(name)?.[1];
          return bundleId ? [tagsOfStore(path.join(ctx.dataDir, name)).then((tags) => ({ bundleId, tags }))] : [];
        }),
      );
      return { tags: gatherTags(stores) };
    },
  };
}
