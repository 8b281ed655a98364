import { PresskitError, serializeError } from '../errors';
import { contract, type ChannelHandlers, type ChannelName, type Envelope } from './contract';

/** Is this string one of the contract's channels? (Hosts reject everything else.) */
export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * The one entry point every host uses: validate the raw arguments against the channel's schema,
 * call the handler, and wrap the outcome in an envelope. Malformed arguments never reach a service.
 */
export async function dispatch(handlers: ChannelHandlers, name: ChannelName, rawArgs: unknown): Promise<Envelope<unknown>> {
  const parsed = contract[name].args.safeParse(rawArgs);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ file: `channel ${name}`, pointer: '/' + i.path.join('/'), message: i.message }));
    return { ok: false, error: new PresskitError('ARGUMENT_INVALID', `Invalid arguments for ${name}`, problems).toJSON() };
  }
  try {
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: serializeError(err) };
  }
}
