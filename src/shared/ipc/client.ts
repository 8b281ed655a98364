import { PresskitError } from '../errors';
import type { Envelope } from './contract';

/** Unwraps a host's envelope; a failure becomes a PresskitError again on the renderer side. */
export function dispatchEnvelope<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw PresskitError.from(envelope.error);
}
