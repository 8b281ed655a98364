import { franc } from 'franc-min';
import { evidence, type Found } from './work';

/** franc's ISO 639-3 codes → the BCP 47 tags the bundle uses (two letters where one exists). */
const ISO3_TO_BCP47: Record<string, string> = {
  eng: 'en',
  ind: 'id',
  zlm: 'id',
  deu: 'de',
  spa: 'es',
  fra: 'fr',
  nld: 'nl',
  por: 'pt',
  ita: 'it',
  jpn: 'ja',
  cmn: 'zh',
  kor: 'ko',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  tur: 'tr',
  vie: 'vi',
  tha: 'th',
  arb: 'ar',
  hin: 'hi',
  ben: 'bn',
  swe: 'sv',
  ron: 'ro',
  ces: 'cs',
  hun: 'hu',
  ell: 'el',
  jav: 'jv',
  sun: 'su',
  tgl: 'tl',
  swh: 'sw',
  fin: 'fi',
  dan: 'da',
  nob: 'nb',
  heb: 'he',
  fas: 'fa',
  urd: 'ur',
};

/** The languages releases are checked against when a block is short: fewer candidates, fewer mistakes. */
const RELEASE_LANGUAGES = ['eng', 'ind', 'zlm', 'deu', 'spa', 'fra', 'nld', 'por', 'ita'];

/** Words that tell Malay from Indonesian (franc-min confuses them); Indonesian is preferred unless Malay clearly wins. */
const MALAY_MARKERS = /\b(?:kerana|bahawa|sahaja|boleh|daripada|ialah|kerajaan|syarikat|wang|selepas)\b/gi;
const INDONESIAN_MARKERS = /\b(?:karena|bahwa|saja|bisa|tersebut|pemerintah|perusahaan|uang|setelah|tidak)\b/gi;

const SAMPLE_MAX = 20_000;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function toBcp47(iso3: string, text: string): string | undefined {
  if (iso3 === 'und') return undefined;
  if (iso3 === 'zlm' && countMatches(text, MALAY_MARKERS) > countMatches(text, INDONESIAN_MARKERS) + 2) return 'ms';
  return ISO3_TO_BCP47[iso3] ?? iso3;
}

/** The language of one piece of text, or undefined when it is too short to tell. */
export function guessLanguage(text: string, releaseLanguagesOnly = false): string | undefined {
  const sample = text.slice(0, SAMPLE_MAX);
  if (sample.trim().length < 20) return undefined;
  const code = franc(sample, releaseLanguagesOnly ? { only: RELEASE_LANGUAGES, minLength: 20 } : { minLength: 20 });
  return toBcp47(code, sample);
}

/**
 * A document's language: --lang wins; otherwise franc on the body text, with the language the format
 * declares as evidence (kept when franc agrees or cannot tell).
 */
export function detectLanguage(bodyText: string, declared: string | undefined, forced: string | undefined): Found<string> {
  if (forced) return { value: forced, confidence: 1, evidence: evidence('--lang option', forced) };
  const declaredBase = declared?.split(/[-_]/)[0]?.toLowerCase();
  const guessed = guessLanguage(bodyText);
  const sample = evidence('body text', bodyText.slice(0, 200));
  if (guessed && declaredBase && guessed === declaredBase) return { value: declared!, confidence: 0.95, evidence: sample };
  if (guessed) {
    const long = bodyText.length > 400;
    return { value: guessed, confidence: long ? 0.85 : 0.6, evidence: sample };
  }
  if (declared) return { value: declared, confidence: 0.6, evidence: evidence('declared language', declared) };
  return { value: 'en', confidence: 0.2, evidence: evidence('no language could be detected', bodyText.slice(0, 100) || '(empty)') };
}

/** Frequent function words per language: enough to tell which languages a short line can be in. */
const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: new Set('the and of to in for with is are on at from by this that will its our we has have be as'.split(' ')),
  id: new Set('dan yang di ke dari untuk dengan ini itu pada dalam akan adalah berikut tidak juga kami oleh sebagai atau'.split(' ')),
  de: new Set('der die das und mit für von zu den im in ist ein eine auf dem des sich nicht wir auch'.split(' ')),
  es: new Set('el la los las y de del en para con por una un es que se su al como más'.split(' ')),
  fr: new Set('le la les et des du en pour avec une un est que sur au aux dans par nous son'.split(' ')),
};

/** True when a short line is clearly in another release language than `language` (and not in it). */
export function clearlyOtherLanguage(text: string, language: string): boolean {
  const own = FUNCTION_WORDS[language.split('-')[0]!];
  if (!own) return false;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.some((w) => own.has(w))) return false;
  return Object.entries(FUNCTION_WORDS).some(([code, set]) => code !== language && words.filter((w) => set.has(w)).length >= 2);
}
