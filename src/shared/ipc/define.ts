import type { z } from 'zod';

/**
 * One channel of the contract: the schema of its arguments (validated where they enter main or the
 * HTTP host) and, as a type only, what it resolves to.
 */
export interface ChannelSpec<Args extends z.ZodTuple, Result> {
  readonly args: Args;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: Result;
}

/** `channel<LoadedBundle>()(z.tuple([...]))` — the result type is given, the argument types are inferred. */
export function channel<Result>() {
  return <Args extends z.ZodTuple>(args: Args): ChannelSpec<Args, Result> => ({ args });
}
