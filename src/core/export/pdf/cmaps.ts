import { createHash } from 'node:crypto';

/**
 * The kit's compact encoding (see FontUsage): printable ASCII as one byte, the character itself;
 * everything else two bytes, 0x8000 + CID. Both CMaps below declare that code space.
 */
const CODESPACE = '2 begincodespacerange<00><7F><8000><FFFF>endcodespacerange';

const hex = (n: number, bytes: number) => n.toString(16).padStart(bytes * 2, '0');

const utf16Hex = (cp: number): string => {
  if (cp < 0x10000) return hex(cp, 2);
  const v = cp - 0x10000;
  return hex(0xd800 + (v >> 10), 2) + hex(0xdc00 + (v & 0x3ff), 2);
};

/** Entries of one kind, in blocks of at most 100 as the CMap format asks. */
function blocks(entries: string[], kind: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    out.push(`${chunk.length} begin${kind}`, ...chunk, `end${kind}`);
  }
  return out;
}

/**
 * Collapses [code, bytes, value] triples (sorted by code) into ranges where consecutive codes of
 * one length have consecutive values, never across a change of anything but the last byte.
 */
function runs(entries: [number, number, number][], range: (first: number, last: number, bytes: number, value: number) => string) {
  const ranges: string[] = [];
  const singles: [number, number, number][] = [];
  for (let i = 0; i < entries.length;) {
    const [first, bytes, value] = entries[i]!;
    let j = i + 1;
    while (j < entries.length) {
      const [code, b, v] = entries[j]!;
      const k = j - i;
      if (b !== bytes || code !== first + k || v !== value + k || code >> 8 !== first >> 8 || (value + k) >> 8 !== value >> 8) break;
      j++;
    }
    if (j - i > 1 && value < 0x10000) {
      ranges.push(range(first, entries[j - 1]![0], bytes, value));
      i = j;
    } else singles.push(entries[i++]!);
  }
  return { ranges, singles };
}

/**
 * ToUnicode CMap: how a text extractor (pdftotext, copy-paste, search) turns each code back into
 * text. `narrow` flags the one-byte codes used; `wide` maps each two-byte code's CID to its character.
 */
export function toUnicodeCMap(narrow: Uint8Array, wide: ReadonlyMap<number, number>, identity = false): string {
  const entries: [number, number, number][] = [];
  for (let c = 0x20; c < 0x7f; c++) if (narrow[c]) entries.push([c, 1, c]);
  // Identity-H faces (fallback fonts): the two-byte code is the glyph id itself.
  const base = identity ? 0 : 0x8000;
  for (const cid of [...wide.keys()].sort((a, b) => a - b)) entries.push([base + cid, 2, wide.get(cid)!]);
  const { ranges, singles } = runs(entries, (first, last, bytes, cp) => `<${hex(first, bytes)}><${hex(last, bytes)}><${hex(cp, 2)}>`);
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def',
    '/CMapName/Adobe-Identity-UCS def/CMapType 2 def',
    identity ? '1 begincodespacerange<0000><FFFF>endcodespacerange' : CODESPACE,
    ...blocks(ranges, 'bfrange'),
    ...blocks(
      singles.map(([code, bytes, cp]) => `<${hex(code, bytes)}><${utf16Hex(cp)}>`),
      'bfchar',
    ),
    'endcmap CMapName currentdict/CMap defineresource pop end end',
  ].join('\n');
}

export interface EncodingCMap {
  name: string;
  text: string;
}

/** A CMap program around its mappings, named by their hash (same mappings, same name: reproducible files). */
function cmapProgram(body: string, suffix: 'H' | 'G'): EncodingCMap {
  const name = `Presskit-${createHash('sha256').update(body).digest('hex').slice(0, 8)}-${suffix}`;
  const text = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>def',
    `/CMapName/${name} def/CMapType 1 def`,
    body,
    'endcmap CMapName currentdict/CMap defineresource pop end end',
  ].join('\n');
  return { name, text };
}

/**
 * The font's /Encoding: one-byte codes to the glyphs of their ASCII characters (`asciiGlyphs`,
 * from 0x20; 0 where the font lacks one: those are drawn with two-byte codes), two-byte codes
 * 0x8000 + CID to that CID, for CIDs up to `maxCid`. Named after its content.
 */
export function encodingCMap(asciiGlyphs: readonly number[], maxCid: number): EncodingCMap {
  const entries: [number, number, number][] = [];
  asciiGlyphs.forEach((gid, i) => gid && entries.push([0x20 + i, 1, gid]));
  const { ranges, singles } = runs(entries, (first, last, _bytes, cid) => `<${hex(first, 1)}><${hex(last, 1)}>${cid}`);
  // Identity over the two-byte codes, a range per high byte (as Adobe's Identity-H is written).
  for (let high = 0; high <= maxCid >> 8; high++)
    ranges.push(`<${hex(0x8000 + (high << 8), 2)}><${hex(0x80ff + (high << 8), 2)}>${high << 8}`);
  const body = [
    CODESPACE,
    ...blocks(ranges, 'cidrange'),
    ...blocks(
      singles.map(([code, , cid]) => `<${hex(code, 1)}>${cid}`),
      'cidchar',
    ),
  ].join('\n');
  return cmapProgram(body, 'H');
}

/**
 * An encoding CMap from two-byte codes (original glyph ids) to the CIDs of a renumbered subset: for
 * CIDFontType0 fonts, which have no CIDToGIDMap. `pairs`: [code, cid], sorted by code.
 */
export function renumberingCMap(pairs: readonly [number, number][]): EncodingCMap {
  const entries = pairs.map(([code, cid]): [number, number, number] => [code, 2, cid]);
  const { ranges, singles } = runs(entries, (first, last, _bytes, cid) => `<${hex(first, 2)}><${hex(last, 2)}>${cid}`);
  const body = [
    '1 begincodespacerange<0000><FFFF>endcodespacerange',
    ...blocks(ranges, 'cidrange'),
    ...blocks(
      singles.map(([code, , cid]) => `<${hex(code, 2)}>${cid}`),
      'cidchar',
    ),
  ].join('\n');
  return cmapProgram(body, 'G');
}
