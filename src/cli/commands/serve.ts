import { startBrowserMode } from '../../server/start-browser-mode';
import { parseCommandArgs, reportError, UsageError, type Command } from '../io';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start browser mode on 127.0.0.1 (built-in bundle by default)',
  usage: 'presskit serve [bundle] [--port N]',
  async run(argv, io) {
    const { positionals, values } = parseCommandArgs('serve', argv, { port: { type: 'string' } });
    if (positionals.length > 1) throw new UsageError('serve takes at most one bundle');
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    const server = await startBrowserMode({ ...(positionals[0] ? { bundle: positionals[0] } : {}), port });
    if (server.openError) reportError(io, server.openError);
    io.out(`Press-kit Viewer (browser mode) is running. Open: ${server.launchUrl}`);
    io.out('Press Ctrl+C to stop.');
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  },
};
