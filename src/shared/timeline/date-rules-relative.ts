import { basisOf, rule, shiftDay, shiftMonth, type ReferenceDate, type Rule } from './date-rule-kit';
import { B, E, NUMBER_WORDS, RELATIVE_YEAR, relativeYearOffset, weekdayNumber, WEEKDAY } from './date-words';
import { isForwardLooking } from './planned';

const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');

/** Words for the day of the dateline, the day before and the day after, in each language. */
const DAY_WORDS: Record<string, { delta: number; lang?: string }> = {
  today: { delta: 0 },
  yesterday: { delta: -1 },
  tomorrow: { delta: 1 },
  'hari ini': { delta: 0 },
  kemarin: { delta: -1 },
  besok: { delta: 1 },
  heute: { delta: 0, lang: 'de' },
  gestern: { delta: -1, lang: 'de' },
  morgen: { delta: 1, lang: 'de' },
  hoy: { delta: 0, lang: 'es' },
  ayer: { delta: -1, lang: 'es' },
  mañana: { delta: 1, lang: 'es' },
  "aujourd'hui": { delta: 0, lang: 'fr' },
  'aujourd’hui': { delta: 0, lang: 'fr' },
  hier: { delta: -1, lang: 'fr' },
  demain: { delta: 1, lang: 'fr' },
};
const DAY_WORD = Object.keys(DAY_WORDS).join('|');

const MONTH_WORDS =
  'this month|last month|next month|bulan ini|bulan lalu|bulan depan|bulan kemarin|(?:im\\s+)?(?:nächsten|kommenden|letzten|vergangenen|diesen|diesem)\\s+monat|el\\s+(?:próximo\\s+)?mes(?:\\s+(?:pasado|que\\s+viene|próximo))?|este\\s+mes|le\\s+mois\\s+(?:prochain|dernier)|ce\\s+mois(?:-ci)?';

/** The day of the week `weekday` (Monday = 1) nearest the dateline: the one before it, or after it for a plan. */
function weekdayAround(ref: ReferenceDate, weekday: number, forward: boolean, word: string | undefined): ReferenceDate {
  let delta = weekday - isoWeekday(ref);
  const next = /^(?:next|nächsten|kommenden|próximo|prochain|depan)$/i.test(word ?? '');
  const last = /^(?:last|letzten|vergangenen|pasado|dernier|lalu)$/i.test(word ?? '');
  if (next || (forward && !last)) delta = delta <= 0 ? delta + 7 : delta;
  else delta = delta > 0 ? delta - 7 : delta;
  const d = shiftDay(ref, delta);
  return { year: d.year, month: d.month!, day: d.day! };
}

function isoWeekday(ref: ReferenceDate): number {
  const d = new Date(Date.UTC(2000, ref.month - 1, ref.day));
  d.setUTCFullYear(ref.year);
  return d.getUTCDay() || 7;
}

/** Dates counted from the dateline: "this year", "next month", "tomorrow", "on Friday", "12 years ago", "has ended". */
export const RELATIVE_RULES: Rule[] = [
  rule('relative-year', `${B}(?:(?:earlier|later)\\s+)?(?<rel>${RELATIVE_YEAR})${E}`, (g, ctx) =>
    ctx.reference ? { date: { year: ctx.reference.year + relativeYearOffset(g.rel!) }, basis: 'relative' } : null,
  ),
  rule('relative-month', `${B}(?<rm>${MONTH_WORDS})${E}`, (g, ctx) => {
    if (!ctx.reference) return null;
    const w = g.rm!.toLowerCase();
    const delta = /last|lalu|kemarin|letzten|vergangenen|pasado|dernier/.test(w)
      ? -1
      : /next|depan|nächsten|kommenden|próximo|que viene|prochain/.test(w)
        ? 1
        : 0;
    return { date: shiftMonth(ctx.reference, delta), basis: 'relative' };
  }),
  rule('relative-day', `${B}(?<rd>${DAY_WORD})${E}(?!['’]s)`, (g, ctx, m) => {
    if (!ctx.reference) return null;
    const entry = DAY_WORDS[g.rd!.toLowerCase()];
    if (!entry || (entry.lang && entry.lang !== ctx.language)) return null;
    // "Morgen" is the morning, "esta mañana" this morning.
    if (g.rd === 'Morgen' || /(?:esta|la|por\s+la|de\s+la)\s+$/iu.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
    return { date: shiftDay(ctx.reference, entry.delta), basis: 'relative' };
  }),
  // "on Friday", "last Monday", "am Freitag", "el viernes", "pada hari Jumat": the nearest such day to the dateline.
  rule(
    'weekday',
    `${B}(?:(?<rw>next|last|this|nächsten|kommenden|letzten|vergangenen|próximo|pasado|prochain|dernier)\\s+|(?:on|am|el|le|pada(?:\\s+hari)?|hari)\\s+)(?<wd>${WEEKDAY})${E}(?:\\s+(?<rw2>pasado|próximo|prochain|dernier|lalu|depan)${E})?(?!\\s*[,(]?\\s*\\d)`,
    (g, ctx, m) => {
      const weekday = weekdayNumber(g.wd!, ctx.language);
      if (!ctx.reference || !weekday || g.wd!.length < 4) return null;
      const clause = ctx.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
      const date = weekdayAround(ctx.reference, weekday, isForwardLooking(clause, ctx.language), g.rw ?? g.rw2);
      return { date, basis: 'relative' };
    },
  ),
  // "12 years ago", "5 tahun lalu", "vor 12 Jahren", "hace 12 años", "il y a 12 ans": approximately.
  rule(
    'ago',
    `${B}(?:(?<n>\\d{1,3}|${NUMBER_WORD})\\s+(?<unit>years?|months?|tahun|bulan)\\s+(?:yang\\s+)?(?:ago|lalu|silam)|(?<one>setahun|sebulan)\\s+(?:yang\\s+)?(?:lalu|silam)|(?:vor|hace|il\\s+y\\s+a)\\s+(?<n2>\\d{1,3})\\s+(?<unit2>jahren|monaten|años|meses|ans|mois))${E}`,
    (g, ctx) => {
      if (!ctx.reference) return null;
      const count = g.n ?? g.n2;
      const n = g.one ? 1 : /^\d+$/.test(count!) ? Number(count) : NUMBER_WORDS[count!.toLowerCase()];
      if (!n) return null;
      const months = /^(?:month|bulan|sebulan|monaten|meses|mois)/i.test(g.unit ?? g.unit2 ?? g.one!);
      const date = months ? shiftMonth(ctx.reference, -n) : { year: ctx.reference.year - n };
      return { date: { ...date, qualifier: 'circa' }, basis: basisOf(true) };
    },
  ),
  // "has ended", "telah selesai": no date is given, only that it is over when the text was written.
  // We give the dateline's month with "by", an upper bound, without a day the sentence never states.
  rule(
    'completion',
    `${B}(?:(?:has|have|had)\\s+(?:(?:now|already|officially)\\s+)*(?:ended|concluded|come\\s+to\\s+an\\s+end|been\\s+(?:completed|terminated|concluded|discontinued))|(?:telah|sudah)\\s+(?:resmi\\s+)?(?:selesai|berakhir|usai|rampung|dihentikan)|resmi\\s+berakhir)${E}`,
    (_g, ctx) =>
      ctx.reference
        ? { date: { year: ctx.reference.year, month: ctx.reference.month, qualifier: 'by' }, role: 'end', basis: 'completion' }
        : null,
  ),
];
