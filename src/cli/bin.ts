#!/usr/bin/env node
// The installed `presskit` command (package.json "bin", bundled by scripts/build-cli.mjs): npm links it
// under a name without an extension, so it runs unconditionally.
import { runFromCommandLine } from './presskit';

runFromCommandLine();
