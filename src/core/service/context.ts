import type { LoadedBundle } from '../../shared/model/document';
import type { StoreFactory } from '../store/store';

/** What only a host can do (native dialogs, the system browser). Browser mode and the CLI leave some out. */
export interface HostCapabilities {
  kind: 'electron' | 'browser' | 'cli';
  /** Desktop only: native open dialog; returns a path or null when cancelled. */
  pickBundlePath?(): Promise<string | null>;
  /** Desktop only: native open dialog for a bundle or any importable file (HTML, PDF, DOCX…). */
  pickImportablePath?(): Promise<string | null>;
  /** Opens an already-validated http(s) URL in the system browser. */
  openExternal?(url: string): Promise<void>;
  /** Desktop only: native save dialog for a file the user exports. */
  pickSavePath?(suggestedName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /** Desktop only: reveal a saved file in the OS file manager. */
  showItemInFolder?(path: string): void;
}

/** Everything the services need, handed in by the host so the services stay host-agnostic. */
export interface ServiceContext {
  host: HostCapabilities;
  /** App data folder (PRESSKIT_DATA_DIR or the platform's app-data folder). */
  dataDir: string;
  resourcesDir: string;
  stores: StoreFactory;
  /** Current time; tests and reproducible exports pass a fixed clock. */
  now(): Date;
  /** The bundle shown in this window. */
  session: BundleSession;
  /** What the app's own stores (preferences, recent bundles, window state) must tell the user. */
  notices: NoticeBoard;
}

/**
 * Notices waiting to reach the user; each is handed out once. They travel with the service notices
 * the renderer already shows (listAnnotations and the other annotation results).
 */
export class NoticeBoard {
  private readonly pending: string[] = [];

  push(...notices: string[]): void {
    this.pending.push(...notices);
  }

  take(): string[] {
    return this.pending.splice(0);
  }
}

/** Holds the current bundle of one window (or one browser-mode server). */
export class BundleSession {
  private current: LoadedBundle | null = null;
  /** Why the bundle asked for at start could not be opened; shown by the renderer until another opens. */
  private startError: Error | null = null;
  private readonly listeners = new Set<(bundle: LoadedBundle) => void>();

  get bundle(): LoadedBundle | null {
    return this.current;
  }

  get error(): Error | null {
    return this.startError;
  }

  /** Records that the bundle requested at start failed, so the window shows why instead of a blank page. */
  fail(error: Error): void {
    this.current = null;
    this.startError = error;
  }

  set(bundle: LoadedBundle): LoadedBundle {
    this.current = bundle;
    this.startError = null;
    for (const listener of this.listeners) listener(bundle);
    return bundle;
  }

  onChange(listener: (bundle: LoadedBundle) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
