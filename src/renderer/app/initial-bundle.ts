import type { LoadedBundle } from '../../shared/model/document';
import { api, hostEvents } from '../api/client';

/**
 * The bundle the host has open, asked for as soon as the script runs rather than after React's
 * first commit: the request overlaps the interface's start-up instead of following it.
 */
let pending: Promise<LoadedBundle> | null = api.getCurrentBundle();
// Handled when useBundle takes it; this only keeps an early failure from being reported as unhandled.
pending.catch(() => undefined);

// The host may open another bundle before useBundle listens (a second instance at start-up, say):
// then the early answer may be stale, and the first taker asks again.
let changedMeanwhile = false;
const stopWatching = hostEvents.on('bundleChanged', () => (changedMeanwhile = true));

/** The first caller gets the request already in flight (unless the bundle changed since); later calls ask the host again. */
export function takeInitialBundle(): Promise<LoadedBundle> {
  const first = pending;
  pending = null;
  stopWatching();
  return first && !changedMeanwhile ? first : api.getCurrentBundle();
}
