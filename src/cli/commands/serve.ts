import { EXIT, type Command } from '../io';

// Placeholder until browser mode lands in this same commit series.
export const serveCommand: Command = {
  name: 'serve',
  summary: 'start browser mode on 127.0.0.1',
  usage: 'presskit serve [bundle] [--port N]',
  async run(_argv, io) {
    io.err('serve: not built yet');
    return EXIT.invalid;
  },
};
