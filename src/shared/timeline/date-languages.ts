/**
 * The month and weekday words of each language the date reader knows. English and Indonesian words
 * are read in every document (the seed's releases mix them); German, Spanish and French ones only in
 * a document of that language, so "Mars 2020" (the rover) in an English text is not March.
 */

/** Languages whose dates we read; anything else is read as English. */
export type TextLanguage = 'en' | 'id' | 'de' | 'es' | 'fr';
export const TEXT_LANGUAGES: readonly TextLanguage[] = ['en', 'id', 'de', 'es', 'fr'];

/** The date language of a BCP 47 tag ("de-AT" → "de"); English for any other. */
export function textLanguageOf(tag: string | undefined): TextLanguage {
  const base = tag?.toLowerCase().split('-')[0] ?? 'en';
  return (TEXT_LANGUAGES as readonly string[]).includes(base) ? (base as TextLanguage) : 'en';
}

/** Month words by language, 1-based; abbreviations only count with a day or a year beside them. */
export const MONTH_WORDS: Record<TextLanguage, { full: Record<string, number>; short: Record<string, number> }> = {
  en: {
    full: {
      january: 1,
      february: 2,
      march: 3,
      april: 4,
      may: 5,
      june: 6,
      july: 7,
      august: 8,
      september: 9,
      october: 10,
      november: 11,
      december: 12,
    },
    short: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  },
  id: {
    full: {
      januari: 1,
      februari: 2,
      pebruari: 2,
      maret: 3,
      april: 4,
      mei: 5,
      juni: 6,
      juli: 7,
      agustus: 8,
      september: 9,
      oktober: 10,
      november: 11,
      nopember: 11,
      desember: 12,
    },
    short: { peb: 2, agu: 8, agt: 8, ags: 8, agust: 8, okt: 10, nop: 11, des: 12 },
  },
  de: {
    full: {
      januar: 1,
      jänner: 1,
      februar: 2,
      märz: 3,
      maerz: 3,
      april: 4,
      mai: 5,
      juni: 6,
      juli: 7,
      august: 8,
      september: 9,
      oktober: 10,
      november: 11,
      dezember: 12,
    },
    short: { jan: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12 },
  },
  es: {
    full: {
      enero: 1,
      febrero: 2,
      marzo: 3,
      abril: 4,
      mayo: 5,
      junio: 6,
      julio: 7,
      agosto: 8,
      septiembre: 9,
      setiembre: 9,
      octubre: 10,
      noviembre: 11,
      diciembre: 12,
    },
    short: { ene: 1, feb: 2, abr: 4, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12 },
  },
  fr: {
    full: {
      janvier: 1,
      février: 2,
      fevrier: 2,
      mars: 3,
      avril: 4,
      mai: 5,
      juin: 6,
      juillet: 7,
      août: 8,
      aout: 8,
      septembre: 9,
      octobre: 10,
      novembre: 11,
      décembre: 12,
      decembre: 12,
    },
    short: { janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12, dec: 12 },
  },
};

/** Weekday words by language, Monday = 1 … Sunday = 7. */
export const WEEKDAY_WORDS: Record<TextLanguage, Record<string, number>> = {
  en: {
    monday: 1,
    tuesday: 2,
    wednesday: 3,
    thursday: 4,
    friday: 5,
    saturday: 6,
    sunday: 7,
    mon: 1,
    tue: 2,
    tues: 2,
    wed: 3,
    thu: 4,
    thur: 4,
    thurs: 4,
    fri: 5,
    sat: 6,
    sun: 7,
  },
  id: { senin: 1, selasa: 2, rabu: 3, kamis: 4, "jum'at": 5, jumat: 5, sabtu: 6, minggu: 7, ahad: 7 },
  de: { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 },
  es: { lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7 },
  fr: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
};

/** Is this word one of the languages read in a document of `lang` (English and Indonesian always)? */
export function wordTable<T>(tables: Record<TextLanguage, T>, lang: TextLanguage): T[] {
  return lang === 'en' || lang === 'id' ? [tables.en, tables.id] : [tables.en, tables.id, tables[lang]];
}
