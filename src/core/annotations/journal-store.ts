import { closeSync, fdatasyncSync, openSync, readSync, statSync, truncateSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileError } from '../store/file-errors';
import { openStore, type StoreFactory } from '../store/store';
import { withStoreLock } from '../store/store-lock';
import { annotationStoreSpec, type AnnotationStoreData } from './annotation-store-spec';
import { diffAnnotations, replayRecord } from './journal-records';

/** The journal is folded into the snapshot once it is this big and bigger than the snapshot: amortised, a change is written about twice. */
const MIN_COMPACT_BYTES = 64 * 1024;

interface Cached {
  snapshot: string;
  journalOffset: number;
  data: AnnotationStoreData;
}

const statKey = (s: Stats | undefined) => (s ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'none');

/**
 * One bundle's annotations on disk: a versioned snapshot (`annotations-<id>.json`, {formatVersion,
 * data}, written atomically by conf / electron-store) plus an append-only journal of the changes
 * since (`annotations-<id>.journal.jsonl`, one JSON record per line, each change a few hundred
 * bytes whatever the number of annotations). Every read and write holds the bundle's cross-process
 * lock, so the desktop app, browser mode and the CLI can write at the same time without losing
 * anything. Once the journal outgrows the snapshot it is folded in (compaction) under the same lock.
 * What this process read last is kept, and only what was appended since is read again.
 */
export class AnnotationJournalStore {
  private cached: Cached | null = null;
  readonly snapshotPath: string;
  readonly journalPath: string;

  constructor(
    private readonly factory: StoreFactory,
    private readonly dir: string,
    private readonly bundleId: string,
    private readonly notices: string[],
  ) {
    const name = annotationStoreSpec(bundleId).name;
    this.snapshotPath = path.join(dir, `${name}.json`);
    this.journalPath = path.join(dir, `${name}.journal.jsonl`);
  }

  read(): AnnotationStoreData {
    return withStoreLock(this.snapshotPath, this.dir, () => this.load());
  }

  /** Passes what is on disk now to `next` (which may throw to write nothing) and writes only what changed. */
  update(next: (data: AnnotationStoreData) => AnnotationStoreData): AnnotationStoreData {
    return withStoreLock(this.snapshotPath, this.dir, () => {
      const before = this.load();
      const after = next(before);
      if (after === before) return before;
      const records = diffAnnotations(before.annotations, after.annotations, after.contentHash);
      const lines = records.map((r) => JSON.stringify(r)).join('\n');
      const snapshot = this.stat(this.snapshotPath);
      const journalBytes = this.cached!.journalOffset;
      // No snapshot yet: the first save writes one, so the store file is there from the first save on.
      if (!snapshot || journalBytes + lines.length > Math.max(MIN_COMPACT_BYTES, snapshot.size)) this.compact(after);
      else if (records.length) this.append(lines, after);
      return after;
    });
  }

  private stat(file: string): Stats | undefined {
    try {
      return statSync(file, { throwIfNoEntry: false });
    } catch (err) {
      throw fileError(file, err, 'could not be read');
    }
  }

  /** The current data: the cached copy plus the journal's new records, or a full read when the snapshot changed. */
  private load(): AnnotationStoreData {
    const snapshot = statKey(this.stat(this.snapshotPath));
    if (!this.cached || this.cached.snapshot !== snapshot) {
      const store = openStore(this.factory, this.dir, annotationStoreSpec(this.bundleId));
      this.notices.push(...store.notices);
      // openStore may have migrated (rewritten) the file: key the cache on what is there now.
      this.cached = { snapshot: statKey(this.stat(this.snapshotPath)), journalOffset: 0, data: store.read() };
    }
    this.readJournalTail(this.cached);
    return this.cached.data;
  }

  private readJournalTail(cached: Cached): void {
    const size = this.stat(this.journalPath)?.size ?? 0;
    if (size <= cached.journalOffset) return;
    const buffer = Buffer.alloc(size - cached.journalOffset);
    let fd: number;
    try {
      fd = openSync(this.journalPath, 'r');
    } catch (err) {
      throw fileError(this.journalPath, err, 'could not be read');
    }
    try {
      readSync(fd, buffer, 0, buffer.length, cached.journalOffset);
    } finally {
      closeSync(fd);
    }
    const text = buffer.toString('utf8');
    // Only whole lines: a line cut off by a killed writer was never acknowledged, and the next writer starts a new line.
    const end = text.lastIndexOf('\n') + 1;
    const data = { ...cached.data, annotations: [...cached.data.annotations] };
    const index = new Map(data.annotations.map((a, i) => [a.id, i]));
    let skipped = 0;
    for (const line of text.slice(0, end).split('\n')) {
      if (!line) continue;
      if (!replayRecord(data, index, line)) skipped++;
    }
    if (skipped) this.notices.push(`${this.journalPath}: ${skipped} unreadable line(s) were skipped (a save cut off by a crash)`);
    cached.data = data;
    cached.journalOffset += Buffer.byteLength(text.slice(0, end));
  }

  private append(lines: string, after: AnnotationStoreData): void {
    const cached = this.cached!;
    let fd: number | undefined;
    try {
      fd = openSync(this.journalPath, 'a+');
      const size = this.stat(this.journalPath)?.size ?? 0;
      // A writer killed mid-line left no newline: start on a line of our own so our record stays readable.
      let lead = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a) lead = '\n';
      }
      const bytes = Buffer.from(`${lead}${lines}\n`, 'utf8');
      writeSync(fd, bytes);
      fdatasyncSync(fd);
      cached.journalOffset = size + bytes.length;
      cached.data = after;
    } catch (err) {
      throw fileError(this.journalPath, err, 'could not be written');
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Writes the whole state as the new snapshot, then empties the journal (replaying it again would change nothing). */
  private compact(after: AnnotationStoreData): void {
    const store = openStore(this.factory, this.dir, annotationStoreSpec(this.bundleId));
    this.notices.push(...store.notices);
    store.write(after);
    try {
      if (this.stat(this.journalPath)) truncateSync(this.journalPath, 0);
    } catch (err) {
      throw fileError(this.journalPath, err, 'could not be written');
    }
    this.cached = { snapshot: statKey(this.stat(this.snapshotPath)), journalOffset: 0, data: after };
  }
}
