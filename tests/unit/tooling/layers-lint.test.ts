import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering is enforced by lint, not habit: each case is an import the config must refuse.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint enforces the layers', () => {
  const refused: Array<[string, string]> = [
    ['src/core/bundle/x.ts', "import { a } from '../../main/menu';"],
    ['src/core/bundle/x.ts', "import { a } from '../../server/browser-server';"],
    ['src/core/bundle/x.ts', "import { a } from '../../cli/io';"],
    ['src/core/bundle/x.ts', "import { a } from '../../renderer/app/App';"],
    ['src/core/bundle/x.ts', "import { app } from 'electron';"],
    ['src/shared/model/x.ts', "import { a } from '../../core/paths';"],
    ['src/shared/model/x.ts', "import { a } from '../../preload/index';"],
    ['src/shared/model/x.ts', "import { readFile } from 'node:fs';"],
    ['src/main/x.ts', "import { a } from '../renderer/i18n/setup';"],
    ['src/main/x.ts', "import { a } from '../server/browser-server';"],
    ['src/renderer/app/x.ts', "import { a } from '../../core/paths';"],
    ['src/renderer/app/x.ts', "import { a } from '../../cli/io';"],
    ['src/renderer/app/x.ts', "import { readFile } from 'node:fs';"],
    ['src/server/x.ts', "import { a } from '../cli/io';"],
  ];
  it.each(refused)('%s: %s is refused', async (file, source) => {
    expect(await importErrors(file, `${source}\nexport const b = a;\n`)).not.toEqual([]);
  });

  const allowed: Array<[string, string]> = [
    ['src/core/bundle/x.ts', "import { a } from '../../shared/errors';"],
    ['src/main/x.ts', "import { a } from '../core/paths';"],
    ['src/main/x.ts', "import { a } from '../shared/i18n/en';"],
    ['src/renderer/app/x.ts', "import { a } from '../../shared/i18n/en';"],
    ['src/cli/commands/x.ts', "import { a } from '../../server/start-browser-mode';"],
  ];
  it.each(allowed)('%s: %s is allowed', async (file, source) => {
    expect(await importErrors(file, `${source}\nexport const b = a;\n`)).toEqual([]);
  });
});
