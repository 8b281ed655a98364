import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (pure services under Node) and end-to-end tests that drive
// /usr/bin/chromium (and Electron, where its binary exists) through Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-build.ts'],
          setupFiles: ['tests/support/test-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/test-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // A poll waits for the final state it asserts; on a loaded 2-core machine the first import
          // (which loads the importer's libraries) or a reload can take seconds, not the default 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
