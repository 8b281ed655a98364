import { describe, expect, it } from 'vitest';
import { anchorQuote, type QuoteTarget } from '../../../src/core/annotations/index';
import { QUOTE_CONTEXT_LENGTH } from '../../../src/shared/model/annotation';

/**
 * Concrete cases from the anchoring benchmark (bench/anchoring.ts: 10,000 annotations over 1 MB of text made of
 * the built-in bundle's words, then 5% random edits), cut down to the text around one annotation: the text it was
 * made on, the text now, its range in the first and where its text — or what became of it — is in the second.
 * Each stands for a class of failure: quotes that survived or were edited but were orphaned, and quotes that were
 * attached to wrong text (a look-alike in repetitive text, new words, the remains of their own context).
 */
interface Case {
  before: string;
  after: string;
  start: number;
  end: number;
  truth: [number, number];
}

const targetOf = (c: Case): QuoteTarget => ({
  exact: c.before.slice(c.start, c.end),
  prefix: c.before.slice(Math.max(0, c.start - QUOTE_CONTEXT_LENGTH), c.start),
  suffix: c.before.slice(c.end, c.end + QUOTE_CONTEXT_LENGTH),
  position: { start: c.start, end: c.end },
});
const place = (c: Case) => anchorQuote(c.after, targetOf(c));

/** Seed 1, annotation 349 (survived); before this change: orphan. */
const bothContextsEdited: Case = {
  before:
    'smartphone manufacturer. terbaru Xiaomi with Leica Camera mengumumkan kerjasama will provide a mobil' +
    'e imaging,’ with each other’s resmi dari of Xiaomi always pra',
  after:
    'smartphone manufactureri with Leica Camera mengumumkan kerjasama will provide a mobile imaging,’ wit' + 'h each other’s realways pra',
  start: 40,
  end: 121,
  truth: [25, 106],
};

/** Seed 1, annotation 1490 (survived); before this change: orphan. */
const prefixEditedLookAlikeNearby: Case = {
  before:
    'eld of mobile imaging flagship smartphone photography experiences including And in 2010, Xiaomi has ' +
    'also established the third time, ranking 338th, up 84 places compared to the world enjoy a better li' +
    'fe Xiaomi’s imaging flagship smartphone shipments ranked no. honest prices to announce long-term str' +
    'ategic cooperation A new era of excellent quality, innovative technologies, product philosophies and' +
    '\n\ncreating the world’s third-largest smartphone pursuits and photographic experience and laptops) as',
  after:
    'eld of mobile imaging flagship smartphone photography experiences including And in 2010, Xiaomi has ' +
    'also established the third time, ranking 338th, up 84 places compared to the world enjoy a better li' +
    'fe Xiaomi’s imaging flagone shipments ranked no. honest prices to announce long-term strategic coope' +
    'ratiora of excellent quality, innovative technologies, productelectronics  philosophies and\n\ncreatin' +
    'g the world’s third-largest smartphone pursuits and photographic experience and laptops) as',
  start: 240,
  end: 260,
  truth: [228, 248],
};

/** Seed 1, annotation 52 (damaged); before this change: orphan. */
const editInsideFramedQuote: Case = {
  before: 'hairman and smart hardware connected by street\n\nphotographer pioneers and listed on tahun terakhir. ' + 'Di Founde',
  after: 'hairman and smart hardware connected by street\n\nphotog collision apher pioneers and listed on tahun ' + 'terakhir. Di Founde',
  start: 40,
  end: 69,
  truth: [40, 79],
};

/** Seed 1, annotation 3877 (damaged); before this change: orphan. */
const longQuoteManyEdits: Case = {
  before:
    ' saat ini menandai kerjasama strategis\n\njangka panjang dalam mengembangkan kamera merk Leica Camera ' +
    'AG. About Xiaomi ini dan POCO. Tanggal field of cooperation with honest prices ke depannya provides ' +
    'mengapa Leica and continuous announce long-term technical accumulation in Kong Stock Ex',
  after:
    ' saat ini menandai kerjasama strategis\n\njjang dalam mengembangkan kamera merk Leica Camera AG. Abomo' +
    'bile ut Xiaomi ini dan POCO. Tanggal field of cooperation with honest prices ke depannya provides me' +
    'ngapa Leica and continuous announinnovative ce long-term technical accumulation in Kong Stock Ex',
  start: 40,
  end: 247,
  truth: [40, 256],
};

/** Seed 4, annotation 6165 (survived); before this change: WRONG. */
const periodicVerbatimOnePeriodOff: Case = {
  before:
    ' Leica dalam bentuk Sharp Aquous R6 dan Sharp Aquous R6 dan Sharp Aquous R6 dan Sharp Aquous R6 dan ' +
    'Sharp Aquous R6 dan Sharp tahun 202',
  after:
    ' Leica dalam bentuk Sharp Aquous R6 dan Sharpyears  Aquous R6 dan Sharp Aquous R6 dan Sharp Aquous R' +
    '6 dan Sharp Aquous R6 dan Sharp tahun 202',
  start: 60,
  end: 75,
  truth: [66, 81],
};

/** Seed 5, annotation 9742 (survived); before this change: WRONG. */
const shortQuoteLookAlikePrefix: Case = {
  before:
    'any’s market share Huawei dari AS, sehingga\n\nmenurunkan market share Huawei tidak dapat menggunakan ' +
    'layanan Google karena ponsel flagship smartphone companies. The company has continue to continuously' +
    ' explore the third time, ranking 338th, up 84 places compared to making precision-crafted masterpiec' +
    'es, Leica Xiaomi is a new talents\n\naround the world enjoy a new era of both parties have experienced' +
    ' unprecedented deep cooperation A new the third time, ranking 338th, up 84 places ',
  after:
    'any’s market share Huawei dari AS, sehingga\n\nmenurunkan market share Huawei tidak dapat menggunakan ' +
    'layanan Google karena ponsel flagship smartphone companies. The company has continue to continuously' +
    ' explore the third ti electronics me, ranking 338th, up 84 places compared to making precision-craft' +
    'edquality,  masterpieces, Leica Xiaomi is a new talents\n\naround the world enjoy a new era of both pa' +
    'rties have experienced unprecedented deep cooperation A new the third time, ranking 338th, up 84 pla' +
    'ces ',
  start: 240,
  end: 242,
  truth: [253, 255],
};

/** Seed 12, annotation 7342 (damaged); before this change: WRONG. */
const deletedShortQuoteInNewWord: Case = {
  before: 'tinuously pursues innovations, high-quality user experience in the ultimate deep consumer electronic' + 's and 12 years ago, Xi',
  after: 'tinuously pursues innovations, high-quality user experienimaging he ultimate deep consumer electroni' + 'cs and 12 years ago, Xi',
  start: 60,
  end: 62,
  truth: [57, 57],
};

/** Seed 13, annotation 1597 (damaged); before this change: orphan. */
const halfReplacedShortQuote: Case = {
  before:
    'ena sanksi dari Leica panjang dalam dunia kamera merk Leica pernah bekerjasama dengan spesifikasi ya' + 'ng sama. Kerjasama dengan ',
  after:
    'ena sanksi dari Leica panjang dalam dunia kamera merk Leica perterakhir rjasama dengan spesifikasi y' + 'ang sama. Kerjasama dengan ',
  start: 60,
  end: 66,
  truth: [60, 63],
};

/** Seed 11, annotation 2378 (damaged); before this change: WRONG. */
const swallowedPrefix: Case = {
  before:
    'Camera has also established the extreme. Xiaomi Corporation Xiaomi and smart manufacturing company m' +
    'ade the\n\nworld’s leading consumer to',
  after: 'Camera has also established the extreme. Xiaomi Corpd smart manufacturing company made the\n\nworld’s ' + 'leading consumer to',
  start: 60,
  end: 76,
  truth: [52, 59],
};

/** Seed 13, annotation 4264 (survived); before this change: WRONG. */
const periodicShortQuote: Case = {
  before:
    'a sanksi dari Leica Camera announce the Hang Seng China Enterprises Index, Hang Seng China Enterpris' +
    'es Index, Hang Seng China Enterprises Index, Hang cooperation\n\nwith Xi',
  after:
    'a sanksi dari Leica Camera announce the Hang Seng Chiwho , Hang Seng China Enterprises Index, Hang S' +
    'eng China Enterprises Index, Hang cooperation\n\nwith Xi',
  start: 80,
  end: 90,
  truth: [64, 74],
};

describe('anchoring: concrete cases from the benchmark', () => {
  it('re-anchors a verbatim quote whose prefix and suffix were both edited', () => {
    expect(place(bothContextsEdited)).toMatchObject({ start: 25, end: 106, method: 'quote' });
  });

  it('re-anchors a verbatim quote whose edited prefix has a look-alike nearby (once taken as where the quote must be)', () => {
    expect(place(prefixEditedLookAlikeNearby)).toMatchObject({ start: 228, end: 248 });
  });

  it('orphans a quote with an edit inside it, even between its unchanged prefix and suffix (its words changed)', () => {
    expect(place(editInsideFramedQuote)).toBeNull();
  });

  it('orphans a long quote with many edits: the text there no longer says what the quote says', () => {
    expect(place(longQuoteManyEdits)).toBeNull();
  });

  it('places a short quote beside its own context, not after a look-alike of its prefix farther on', () => {
    expect(place(shortQuoteLookAlikePrefix)).toMatchObject({ start: 253, end: 255 });
  });

  it('orphans a quote in a run of one repeated phrase rather than take the verbatim passage one repeat off', () => {
    // "… dan Sharp Aquous R6 dan Sharp …": a word was inserted before the annotated repeat, so only the next repeat
    // still has the whole context verbatim; position alone cannot tell them apart reliably.
    expect(place(periodicVerbatimOnePeriodOff)).toBeNull();
    expect(place(periodicShortQuote)).toBeNull();
  });

  it('orphans a deleted short quote rather than find it inside a new word ("in" in "imaging")', () => {
    expect(place(deletedShortQuoteInNewWord)).toBeNull();
  });

  it('orphans a short quote mostly replaced by new words rather than attach it to them', () => {
    expect(place(halfReplacedShortQuote)).toBeNull();
  });

  it('orphans an edited quote rather than stretch it over the remains of its own prefix ("Xiaomi Corp|d smart")', () => {
    expect(place(swallowedPrefix)).toBeNull();
    // Seed 485 of the benchmark in miniature (300 annotations over 64 KB): "selama" after "kerjasama " lost "sela".
    const before = 'and yang memiliki kamera ponsel. Khusus kerjasama selama company relentlessly the company relentlessly bui';
    const after = 'and yang memiliki kamera ponsel. Khusus kerjasamama company relentlessly the company relentlessly bui';
    expect(anchorQuote(after, targetOf({ before, after, start: 50, end: 56, truth: [49, 51] }))).toBeNull();
  });

  it('orphans a quote that began (ended) the text once it no longer does, unless its one side of context stands verbatim', () => {
    // Found by fast-check: in a run of one word, an edit inside the quote leaves verbatim copies a word away.
    const run = 'mobile mobile mobile ' + 'Xiaomi '.repeat(30).trim();
    const atStart = targetOf({ before: run, after: '', start: 0, end: 12, truth: [0, 0] });
    expect(anchorQuote('mXiaomi' + run.slice(1), atStart)).toBeNull();
    const tail = 'Xiaomi '.repeat(28) + 'kamera kamera';
    const atEnd = targetOf({ before: tail, after: '', start: tail.length - 3, end: tail.length, truth: [0, 0] });
    expect(anchorQuote(tail.slice(0, -2) + 'Xiaomi' + tail.slice(-2), atEnd)).toBeNull();
    // A short title annotation still follows its text when a line is put before it: its suffix stands verbatim.
    const title = 'Leica and Xiaomi\n\nWetzlar, 23 May 2022. Xiaomi and Leica Camera today announced';
    const first = targetOf({ before: title, after: '', start: 0, end: 16, truth: [0, 0] });
    expect(anchorQuote('UPDATED 24 May.\n\n' + title, first)).toMatchObject({ start: 17, end: 33 });
  });

  it('orphans a quote deleted where its prefix still stands, though a copy of it follows a few words on', () => {
    const before =
      'technological breakthroughs and strategic cooperation lain pihak, Xiaomi is an important leader in April 2010 and smart ' +
      'hardware. Xiaomi pihak, Xiaomi is an important leader\n\nin April 2010 time.';
    const start = before.indexOf('important leader');
    const after = before.replace('leader in April 201', '');
    // The copy's context agrees well enough, and it is near enough, to be taken if the prefix standing intact at the
    // old place (where now only "important 0 and smart" is left) did not say the quote was there.
    expect(after.indexOf('important leader') - start).toBeLessThan(64);
    expect(anchorQuote(after, targetOf({ before, after, start, end: start + 16, truth: [start, start + 10] }))).toBeNull();
  });
});
