import { randomUUID } from 'node:crypto';
import { PresskitError } from '../../shared/errors';
import type { ImportDraft } from '../../shared/model/import-draft';

/** An import waiting for the user: the draft as detected and the image bytes it names. */
export interface ImportSession {
  id: string;
  draft: ImportDraft;
  images: ReadonlyMap<string, Uint8Array>;
  lastUsed: number;
}

export interface ImportSessionLimits {
  /** An import untouched this long is forgotten (its images freed). */
  idleMs: number;
  /** At most this many imports are held; the least recently used goes first. */
  maxSessions: number;
}

export const DEFAULT_IMPORT_SESSION_LIMITS: ImportSessionLimits = { idleMs: 2 * 60 * 60 * 1000, maxSessions: 8 };

/**
 * Imports between detection and saving. The draft travels to the window as JSON; the images stay
 * here, so the host holds them only while the user works on the draft: until it is saved or
 * discarded, idle for `idleMs`, or pushed out by newer imports. Expiry is checked on every call
 * (no timer keeps the process alive).
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();
  /** A draft the host opened itself (menu, command line) that the window has not taken yet. */
  private pendingId: string | null = null;

  constructor(
    private readonly now: () => Date,
    private readonly limits: ImportSessionLimits = DEFAULT_IMPORT_SESSION_LIMITS,
  ) {}

  /** Holds a new import; returns its draft carrying the new session id. */
  create(draft: ImportDraft, images: ReadonlyMap<string, Uint8Array>): ImportDraft {
    this.sweep();
    const id = randomUUID();
    const held = { ...draft, sessionId: id };
    this.sessions.set(id, { id, draft: held, images, lastUsed: this.now().getTime() });
    while (this.sessions.size > this.limits.maxSessions) this.forget(this.leastRecent());
    return held;
  }

  /** The session, refreshed; a typed error when it is unknown or has expired. */
  get(id: string): ImportSession {
    this.sweep();
    const session = this.sessions.get(id);
    if (!session)
      throw new PresskitError(
        'IMPORT_INVALID',
        'This import is no longer held (it was saved, discarded or left idle too long): open the file again',
        [{ file: 'import draft', pointer: '/sessionId', message: `unknown import session "${id}"` }],
      );
    session.lastUsed = this.now().getTime();
    return session;
  }

  has(id: string): boolean {
    this.sweep();
    return this.sessions.has(id);
  }

  forget(id: string): void {
    this.sessions.delete(id);
    if (this.pendingId === id) this.pendingId = null;
  }

  get size(): number {
    this.sweep();
    return this.sessions.size;
  }

  markPending(id: string): void {
    this.pendingId = id;
  }

  /** The pending draft, once. */
  takePending(): ImportDraft | null {
    this.sweep();
    const id = this.pendingId;
    this.pendingId = null;
    return id === null ? null : (this.sessions.get(id)?.draft ?? null);
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - this.limits.idleMs;
    for (const session of [...this.sessions.values()]) if (session.lastUsed < cutoff) this.forget(session.id);
  }

  private leastRecent(): string {
    let oldest: ImportSession | null = null;
    for (const s of this.sessions.values()) if (!oldest || s.lastUsed < oldest.lastUsed) oldest = s;
    return oldest!.id;
  }
}
