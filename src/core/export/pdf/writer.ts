import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { RawPdfObject } from './raw-object';

/**
 * Serialises a pdf-lib context to bytes: streams as top-level objects, every other object packed
 * into compressed object streams, a compressed cross-reference stream. Replaces PDFDocument.save,
 * whose fixed cost dominated small kits: it compresses object streams with pako (JavaScript
 * deflate, several times slower than node's zlib), copies stream bytes one at a time and pads
 * dictionaries with newlines. Objects here are written without optional whitespace.
 */
export function writePdf(context: PDFContext): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\x81\x81\x81\x81\n', 'latin1')];
  let size = chunks[0]!.length;
  const push = (b: Buffer) => {
    chunks.push(b);
    size += b.length;
  };
  // Entries by object number: [type, field 2, field 3] as the xref stream stores them.
  const xref: [number, number, number][] = [[0, 0, 0xffff]];
  const packed: [number, string][] = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      xref[ref.objectNumber] = [1, size, 0];
      push(streamObject(ref.objectNumber, object.dict, object.getContents()));
    } else packed.push([ref.objectNumber, serialise(object)]);
  }
  let next = context.largestObjectNumber + 1;
  for (let i = 0; i < packed.length; i += OBJECTS_PER_STREAM) {
    const group = packed.slice(i, i + OBJECTS_PER_STREAM);
    const number = next++;
    let header = '';
    let body = '';
    group.forEach(([n, text], index) => {
      header += `${n} ${body.length} `;
      body += text + '\n';
      xref[n] = [2, number, index];
    });
    const contents = deflateSync(Buffer.from(header + body, 'latin1'), { level: 9 });
    xref[number] = [1, size, 0];
    push(streamObject(number, `<</Type/ObjStm/N ${group.length}/First ${header.length}/Filter/FlateDecode`, contents));
  }

  const xrefNumber = next++;
  xref[xrefNumber] = [1, size, 0];
  const startxref = size;
  const w2 = byteWidth(Math.max(size, next));
  const w3 = byteWidth(Math.max(0xffff, OBJECTS_PER_STREAM));
  const table = Buffer.alloc(next * (1 + w2 + w3));
  for (let n = 0; n < next; n++) {
    const [type, f2, f3] = xref[n] ?? [0, 0, 0];
    const at = n * (1 + w2 + w3);
    table[at] = type;
    table.writeUIntBE(f2, at + 1, w2);
    table.writeUIntBE(f3, at + 1 + w2, w3);
  }
  const info = context.trailerInfo;
  let trailer = `<</Type/XRef/Size ${next}/W[1 ${w2} ${w3}]/Root ${serialise(info.Root)}`;
  if (info.Info) trailer += `/Info ${serialise(info.Info)}`;
  if (info.ID) trailer += `/ID${serialise(info.ID)}`;
  push(streamObject(xrefNumber, trailer + '/Filter/FlateDecode', deflateSync(table, { level: 9 })));
  push(Buffer.from(`startxref\n${startxref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks, size);
}

/** Objects per object stream: few streams compress better; a viewer inflates one to read any object in it. */
const OBJECTS_PER_STREAM = 200;

const byteWidth = (max: number) => (max < 0x100 ? 1 : max < 0x10000 ? 2 : max < 0x1000000 ? 3 : 4);

/** `dict` is a dictionary, or the start of one still open (so /Length goes at its end). */
function streamObject(number: number, dict: PDFDict | string, contents: Uint8Array): Buffer {
  let head = typeof dict === 'string' ? dict : serialise(dict, PDFName.Length).slice(0, -2);
  head = `${number} 0 obj\n${head}/Length ${contents.length}>>\nstream\n`;
  const out = Buffer.allocUnsafe(head.length + contents.length + 18);
  out.write(head, 0, 'latin1');
  out.set(contents, head.length);
  out.write('\nendstream\nendobj\n', head.length + contents.length, 'latin1');
  return out;
}

/** Compact PDF syntax: a space only where two tokens would otherwise run together. */
export function serialise(object: PDFObject | undefined, skip?: PDFName): string {
  if (object instanceof PDFDict) {
    let out = '<<';
    for (const [key, value] of object.entries()) {
      if (key === skip) continue;
      out += key.toString() + separated(serialise(value));
    }
    return out + '>>';
  }
  if (object instanceof PDFArray) {
    let out = '[';
    const items = object.asArray();
    for (let i = 0; i < items.length; i++) {
      const text = serialise(items[i]);
      out += i ? separated(text) : text;
    }
    return out + ']';
  }
  if (object instanceof RawPdfObject) return object.text;
  if (object instanceof PDFRef) return `${object.objectNumber} ${object.generationNumber} R`;
  if (object instanceof PDFNumber) return object.toString();
  if (
    object instanceof PDFName ||
    object instanceof PDFString ||
    object instanceof PDFHexString ||
    object instanceof PDFBool ||
    object === PDFNull
  )
    return object.toString();
  throw new Error(`cannot serialise ${object?.constructor.name ?? 'undefined'}`);
}

/** A token after another: delimiters need no space before them, numbers, booleans and refs do. */
function separated(text: string): string {
  const c = text.charCodeAt(0);
  // '/' '[' '<' '('
  return c === 0x2f || c === 0x5b || c === 0x3c || c === 0x28 ? text : ' ' + text;
}
