import type { LoadedDocument } from '../../shared/model/document';

/** One sentence of a document; offsets are [start, end) in the document's plain text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  blockIndex: number;
}

/** Words a full stop follows without ending the sentence ("no. 3", "Dr. Lee", "PT. Maju", "approx. 5"). */
const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'nr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'approx',
  'ca',
  'c',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'fig',
  'vol',
  'pt',
  'tbk',
  'bpk',
  'sdr',
  'jl',
  'tgl',
  'hlm',
  'dll',
  'dsb',
  'dkk',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'agu',
  'sep',
  'sept',
  'oct',
  'okt',
  'nov',
  'dec',
  'des',
]);

const TERMINATOR = /[.!?…]+["'’”)\]]*(?=\s)/gu;
/** The first character after the spaces that follow a terminator (sticky: looked at where it stands, not searched for). */
const NEXT_CHAR = /\s*(\S)?/uy;

/** Where the sentences of one block end: at . ! ? … followed by a space and a capital, digit or quote. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    NEXT_CHAR.lastIndex = m.index + m[0].length;
    const next = NEXT_CHAR.exec(text)?.[1] ?? '';
    if (!next || !/[\p{Lu}\p{N}"'‘“(]/u.test(next)) continue;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? '';
      // An abbreviation, or an initial ("J. Smith"), does not end a sentence; nor does a German
      // ordinal ("5. März", "2. Quartal"): one or two digits, a dot.
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      if (/(?<![\p{L}\p{N}.,])\d{1,2}$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    }
    ends.push(m.index + m[0].length);
  }
  return ends;
}

/** The document's sentences, block by block (a heading or list item is at least one sentence of its own). */
export function splitSentences(doc: Pick<LoadedDocument, 'blocks'>): Sentence[] {
  const sentences: Sentence[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    let from = 0;
    for (const end of [...sentenceEnds(block.text), block.text.length]) {
      const raw = block.text.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) {
        const start = block.start + from + lead;
        sentences.push({ start, end: start + text.length, text, blockIndex });
      }
      from = end;
    }
  });
  return sentences;
}
