import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { UsedTag } from '../../shared/ipc/channels/tags';
import type { ServiceContext } from './context';

/** `annotations-<bundle id>.json`: one bundle's annotation store (see annotationStoreName). */
const STORE_FILE = /^annotations-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Only the tags are read, leniently: a store another version wrote, or a broken one, is skipped, never changed. */
const TagsOnly = z.object({
  data: z.object({ annotations: z.array(z.object({ tags: z.array(z.string()).catch([]) })) }),
});

async function tagsOfStore(file: string): Promise<string[][]> {
  try {
    const parsed = TagsOnly.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    return parsed.success ? parsed.data.data.annotations.map((a) => a.tags) : [];
  } catch {
    return [];
  }
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
