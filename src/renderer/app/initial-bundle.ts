import type { LoadedBundle } from '../../shared/model/document';
import { api } from '../api/client';

/**
 * The bundle the host has open, asked for as soon as the script runs rather than after React's
 * first commit: the request overlaps the interface's start-up instead of following it.
 */
let pending: Promise<LoadedBundle> | null = api.getCurrentBundle();
// Handled when useBundle takes it; this only keeps an early failure from being reported as unhandled.
pending.catch(() => undefined);

/** The first caller gets the request already in flight; later calls ask the host again. */
export function takeInitialBundle(): Promise<LoadedBundle> {
  const first = pending;
  pending = null;
  return first ?? api.getCurrentBundle();
}
