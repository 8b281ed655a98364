import { z } from 'zod';
import { BundleManifest, CURRENT_SCHEMA_VERSION } from '../../shared/model/bundle';

/** The published JSON Schema of presskit.json, as authors write it (defaults optional). */
export function bundleJsonSchema(): string {
  const schema = z.toJSONSchema(BundleManifest, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const properties = { $schema: { type: 'string' }, ...(schema.properties as Record<string, unknown>) };
  const published = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://presskit-viewer.invalid/schema/presskit-v${CURRENT_SCHEMA_VERSION}.schema.json`,
    title: `Press-kit bundle manifest (presskit.json), format v${CURRENT_SCHEMA_VERSION}`,
    ...schema,
    properties,
  };
  return JSON.stringify(published, null, 2) + '\n';
}
