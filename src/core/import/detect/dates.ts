import * as chrono from 'chrono-node';

/** A calendar date found in a short piece of text. */
export interface FoundDate {
  /** "YYYY-MM-DD". */
  iso: string;
  /** Where the date's text starts and how long it is. */
  index: number;
  length: number;
  confidence: number;
  /** Time of day when the text gives one ("15:45"). */
  hour?: number;
  minute?: number;
  /** Minutes east of UTC when the text names a time zone. */
  offsetMinutes?: number;
  /** Why the confidence is lowered ("03/05/2016 could be 3 May or 5 March"). */
  doubt?: string;
}

type ChronoLocale = { strict: chrono.Chrono };
const LOCALES: Record<string, ChronoLocale> = {
  en: chrono.en,
  id: chrono.id,
  de: chrono.de,
  es: chrono.es,
  fr: chrono.fr,
  nl: chrono.nl,
  pt: chrono.pt,
  it: chrono.it,
};
const FALLBACK_ORDER = ['en', 'id', 'de', 'es', 'fr', 'nl', 'pt', 'it'];

/** Only short pieces are parsed: chrono is thorough, and the detector never needs more than a line. */
const PARSE_MAX = 200;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Numeric dates: "05.03.2016", "5/3/2016", "2016-03-05"; day first unless the language writes month first. */
function findNumericDate(text: string, language: string): FoundDate | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const dmy = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/.exec(text);
  if (iso && (!dmy || iso.index <= dmy.index)) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDate(y, m, d)) return { iso: `${y}-${pad(m)}-${pad(d)}`, index: iso.index, length: iso[0].length, confidence: 0.95 };
  }
  if (!dmy) return undefined;
  const a = Number(dmy[1]);
  const b = Number(dmy[3]);
  const y = Number(dmy[4]);
  let day = a;
  let month = b;
  let confidence = 0.9;
  let doubt: string | undefined;
  if (b > 12 && a <= 12) [day, month] = [b, a];
  else if (language === 'en' && a <= 12 && b <= 12 && a !== b) {
    // English releases write both 03/05 (US: March 5) and 03/05 (UK: 3 May); dots are European.
    if (dmy[2] !== '.') [day, month] = [b, a];
    confidence = 0.4;
    doubt = `${dmy[0]} could be day-month or month-day`;
  }
  if (!validDate(y, month, day)) return undefined;
  return {
    iso: `${y}-${pad(month)}-${pad(day)}`,
    index: dmy.index,
    length: dmy[0].length,
    confidence,
    ...(doubt ? { doubt } : {}),
  };
}

function findWordDate(text: string, language: string): FoundDate | undefined {
  const order = LOCALES[language] ? [language, ...FALLBACK_ORDER.filter((l) => l !== language)] : FALLBACK_ORDER;
  for (const code of order) {
    const results = LOCALES[code]!.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      // chrono also reads bare numeric dates; those follow the language rules above instead.
      if (!/\p{L}/u.test(r.text)) continue;
      const [y, m, d] = [s.get('year')!, s.get('month')!, s.get('day')!];
      if (!validDate(y, m, d)) continue;
      const found: FoundDate = {
        iso: `${y}-${pad(m)}-${pad(d)}`,
        index: r.index,
        length: r.text.length,
        confidence: code === language ? 0.95 : 0.85,
      };
      if (s.isCertain('hour')) {
        found.hour = s.get('hour')!;
        found.minute = s.get('minute') ?? 0;
      }
      if (s.isCertain('timezoneOffset')) found.offsetMinutes = s.get('timezoneOffset')!;
      return found;
    }
  }
  return undefined;
}

/** The first full date (day, month and year all written) in a short text; never a guessed year. */
export function findDate(text: string, language: string): FoundDate | undefined {
  const piece = text.slice(0, PARSE_MAX);
  const numeric = findNumericDate(piece, language);
  const word = findWordDate(piece, language);
  if (numeric && word) return numeric.index < word.index ? numeric : word;
  return numeric ?? word;
}

/** Time zones chrono does not know but releases use (Indonesian WIB/WITA/WIT, German MEZ/MESZ). */
const EXTRA_ZONES: Record<string, number> = { WIB: 420, WITA: 480, WIT: 540, MEZ: 60, MESZ: 120, CET: 60, CEST: 120, UTC: 0, GMT: 0 };

/** "10:00 CET, 5 March 2024" → "2024-03-05T10:00:00+01:00" (offset "Z" and lower confidence when no zone is given). */
export function toDateTime(text: string, found: FoundDate): { iso: string; zoneKnown: boolean } {
  let hour = found.hour;
  let minute = found.minute;
  if (hour === undefined) {
    // The date's own digits ("05.03.2016") are not a time of day.
    const rest = text.slice(0, found.index) + ' '.repeat(found.length) + text.slice(found.index + found.length);
    const time = /(?<![\d.])([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\d.]\d)/.exec(rest);
    if (time) [hour, minute] = [Number(time[1]), Number(time[2])];
  }
  let offset = found.offsetMinutes;
  if (offset === undefined) {
    const zone = /\b(WIB|WITA|WIT|MEZ|MESZ|CET|CEST|UTC|GMT)\b/.exec(text);
    if (zone) offset = EXTRA_ZONES[zone[1]!];
  }
  const zoneText =
    offset === undefined || offset === 0
      ? 'Z'
      : `${offset > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { iso: `${found.iso}T${pad(hour ?? 0)}:${pad(minute ?? 0)}:00${zoneText}`, zoneKnown: offset !== undefined };
}
