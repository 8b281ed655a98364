import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../../resources/schema/ninjs-schema_3.1.json';

let compiled: ValidateFunction | undefined;

/** Problems of a ninjs item against the IPTC ninjs 3.1 schema ("/headlines/0: must have required property 'value'"); empty when valid. */
export function ninjsProblems(item: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // The schema $refs GeoJSON for place geometry; that schema is not shipped (no network at run time),
    // so a geometry is checked as a JSON object only.
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
    compiled = ajv.compile(schema);
  }
  if (compiled(item)) return [];
  return (compiled.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}${e.params && 'unevaluatedProperty' in e.params ? ` (${String(e.params.unevaluatedProperty)})` : ''}`,
  );
}
