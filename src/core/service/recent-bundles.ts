import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { RecentBundle } from '../../shared/ipc/channels/bundle';
import type { LoadedBundle } from '../../shared/model/document';
import { openStoreOrMemory, type OpenedStore } from '../store/store';
import type { ServiceContext } from './context';

const MAX_RECENT = 10;

const RecentSchema = z.object({
  recent: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })),
});
type RecentData = z.infer<typeof RecentSchema>;

/** Open Recent: bounded, newest first, and pruned of bundles that no longer exist. */
export class RecentBundles {
  private store: OpenedStore<RecentData> | null = null;
  private readonly prunedThisRun: string[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  private open(): OpenedStore<RecentData> {
    if (this.store) return this.store;
    // Open Recent is a convenience: a file it cannot use means an empty list in memory and a notice, never a failure.
    this.store = openStoreOrMemory(this.ctx.stores, this.ctx.dataDir, {
      name: 'recent-bundles',
      version: 1,
      schema: RecentSchema,
      defaults: () => ({ recent: [] }),
    });
    this.ctx.notices.push(...this.store.notices);
    return this.store;
  }

  /** Records an opened bundle; never throws, so remembering it cannot make opening it fail. */
  add(bundle: LoadedBundle): void {
    try {
      this.record(bundle);
    } catch (err) {
      this.ctx.notices.push(`${bundle.origin.path} could not be added to Open Recent: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private record(bundle: LoadedBundle): void {
    const store = this.open();
    const entry: RecentBundle = { path: bundle.origin.path, title: bundle.manifest.title, openedAt: this.ctx.now().toISOString() };
    const wasPruned = this.prunedThisRun.indexOf(entry.path);
    if (wasPruned >= 0) this.prunedThisRun.splice(wasPruned, 1);
    store.update((current) => ({ recent: [entry, ...current.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT) }));
  }

  /**
   * Entries whose bundle still exists, and every path pruned during this run (so the window can show
   * the notice even when the menu was built first and did the pruning).
   */
  list(): { recent: RecentBundle[]; pruned: string[] } {
    const store = this.open();
    const all = store.read().recent;
    const recent = all.filter((r) => existsSync(r.path));
    const pruned = all.filter((r) => !existsSync(r.path)).map((r) => r.path);
    if (pruned.length) store.update((current) => ({ recent: current.recent.filter((r) => !pruned.includes(r.path)) }));
    for (const p of pruned) if (!this.prunedThisRun.includes(p)) this.prunedThisRun.push(p);
    return { recent, pruned: [...this.prunedThisRun] };
  }

  /** The most recent bundle that still exists, for "reopen the last bundle on start". */
  last(): string | null {
    return this.list().recent[0]?.path ?? null;
  }
}
