// Writes resources/schema/presskit.schema.json from the zod model (src/shared/model/bundle.ts).
// The JSON Schema is generated, never hand-kept; a unit test fails when it is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchema } from '../src/core/bundle/json-schema';

const target = path.resolve(import.meta.dirname, '..', 'resources', 'schema', 'presskit.schema.json');
writeFileSync(target, bundleJsonSchema());
console.log(`wrote ${target}`);
