import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * HarfBuzz's subsetter (hb-subset, the WebAssembly build harfbuzzjs ships) for the fonts our own
 * TrueType subsetter does not handle: CFF-flavoured OpenType, such as the faces of Noto's CJK
 * collections. It keeps only the glyphs asked for (new ids in the order of the old ones, .notdef
 * first) and drops the layout tables a PDF never reads.
 */
interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

let wasm: SubsetExports | null = null;

function exportsOf(): SubsetExports {
  if (!wasm) {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    // It imports nothing: a synchronous instance, made the first time a CFF font is embedded.
    wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file))).exports as unknown as SubsetExports;
    wasm._initialize(); // a WASI reactor: runs its static constructors once
  }
  return wasm;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const DROPPED = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'DSIG', 'meta'];

const tag = (s: string) => ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;

/**
 * The subset font program (an OpenType file) holding `glyphs` of face `index` of `bytes`; null when
 * HarfBuzz fails. The module's memory is fixed (65 MB, it cannot grow), so each call copies the file
 * in and frees it after: a CJK collection is ~20 MB, and a kit may need three of them.
 */
export function hbSubset(file: string, bytes: Uint8Array, index: number, glyphs: Iterable<number>): Uint8Array | null {
  const list = [...glyphs];
  try {
    return subsetOnce(exportsOf(), bytes, index, list);
  } catch {
    // A trap leaves the instance unusable: start a fresh one for the next font.
    wasm = null;
    return null;
  }
}

function subsetOnce(hb: SubsetExports, bytes: Uint8Array, index: number, glyphs: readonly number[]): Uint8Array | null {
  const data = hb.malloc(bytes.length);
  if (!data) return null;
  new Uint8Array(hb.memory.buffer, data, bytes.length).set(bytes);
  const blob = hb.hb_blob_create(data, bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  let out: Uint8Array | null = null;
  if (input) {
    const set = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_add(set, 0);
    for (const g of glyphs) hb.hb_set_add(set, g);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const t of DROPPED) hb.hb_set_add(drop, tag(t));
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    if (subset) {
      const result = hb.hb_face_reference_blob(subset);
      const lengthPtr = hb.malloc(4);
      const start = hb.hb_blob_get_data(result, lengthPtr);
      const length = new Uint32Array(hb.memory.buffer, lengthPtr, 1)[0]!;
      out = length ? new Uint8Array(hb.memory.buffer, start, length).slice() : null;
      hb.free(lengthPtr);
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subset);
    }
  }
  hb.hb_face_destroy(face);
  hb.free(data);
  return out;
}
