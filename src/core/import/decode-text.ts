import { importError } from './errors';

export interface DecodedText {
  text: string;
  notes: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/** Windows-1252 bytes of each character it can encode, to undo mojibake. */
const cp1252Bytes: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const all = cp1252.decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...all].forEach((ch, i) => map.set(ch, i));
  return map;
})();

/** UTF-8 read as Windows-1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space. */
const MOJIBAKE =
  /[ÃÂ][\u0080-\u00BF]|â€[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122]/g;

/**
 * Bytes to text: a BOM wins, then a declared charset, then strict UTF-8, then Windows-1252 (a
 * superset of ISO-8859-1 for text) with a note. Mojibake is repaired when the repair is exact.
 */
export function decodeText(file: string, bytes: Uint8Array, declared?: string): DecodedText {
  const notes: string[] = [];
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = utf8Or(file, bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const label = declared?.trim().toLowerCase();
    const declaredDecoder = label && label !== 'utf-8' && label !== 'utf8' ? decoderFor(label) : undefined;
    if (declaredDecoder) text = declaredDecoder.decode(bytes);
    else {
      try {
        text = utf8.decode(bytes);
      } catch {
        text = cp1252.decode(bytes);
        notes.push(`${file}: not valid UTF-8; decoded as Windows-1252`);
      }
    }
  }
  const repaired = repairMojibake(text);
  if (repaired !== text) {
    notes.push(`${file}: repaired mojibake (UTF-8 text that had been read as Windows-1252, e.g. "Ã©" for "é")`);
    text = repaired;
  }
  return { text, notes };
}

function utf8Or(file: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw importError(file, 'starts with a UTF-8 byte order mark but is not valid UTF-8');
  }
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * Undoes UTF-8-read-as-Windows-1252 run by run: each run of Latin-1/1252 characters that contains a
 * mojibake pair is turned back into bytes and decoded as strict UTF-8; a run that does not decode
 * (a real "Ã" in Portuguese text) is left alone, so only unambiguous repairs are made.
 */
export function repairMojibake(text: string): string {
  MOJIBAKE.lastIndex = 0;
  if (!MOJIBAKE.test(text)) return text;
  return text.replace(
    /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122]+/g,
    (run) => {
      MOJIBAKE.lastIndex = 0;
      if (!MOJIBAKE.test(run)) return run;
      const bytes: number[] = [];
      for (const ch of run) {
        const b = cp1252Bytes.get(ch);
        if (b === undefined) return run;
        bytes.push(b);
      }
      try {
        return utf8.decode(Uint8Array.from(bytes));
      } catch {
        return run;
      }
    },
  );
}
