import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchema } from '../../../src/core/bundle/json-schema';
import { BUILT_IN_BUNDLE, readManifest } from '../../support/bundles';
import { REPO_ROOT } from '../../support/launch';

const published = path.join(REPO_ROOT, 'resources', 'schema', 'presskit.schema.json');

describe('published JSON Schema of presskit.json', () => {
  it('is generated from the model and up to date (run "npm run schema" after changing the model)', () => {
    expect(readFileSync(published, 'utf8')).toBe(bundleJsonSchema());
  });

  it('accepts the built-in manifest and rejects a broken one with a standard validator', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(published, 'utf8')) as object);
    expect(validate(readManifest(BUILT_IN_BUNDLE)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...readManifest(BUILT_IN_BUNDLE), documents: [] })).toBe(false);
    expect(validate({ ...readManifest(BUILT_IN_BUNDLE), schemaVersion: 2 })).toBe(false);
  });
});
