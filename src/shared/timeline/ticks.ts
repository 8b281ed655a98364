import { utcTime, type DateLanguage } from './format-date';

export interface Tick {
  time: number;
  x: number;
  label: string;
  /** A year boundary (a month boundary when the ticks are days). */
  major: boolean;
}

const SHORT_MONTHS: Record<DateLanguage, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

const DAY = 86_400_000;

/** Tick steps from fine to coarse: days, months, years. */
const STEPS: { unit: 'day' | 'month' | 'year'; n: number; approx: number }[] = [
  { unit: 'day', n: 1, approx: DAY },
  { unit: 'day', n: 7, approx: 7 * DAY },
  { unit: 'month', n: 1, approx: 30.44 * DAY },
  { unit: 'month', n: 3, approx: 91.3 * DAY },
  { unit: 'month', n: 6, approx: 182.6 * DAY },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({ unit: 'year' as const, n, approx: n * 365.25 * DAY })),
];

/** Axis ticks at the finest step that leaves `minSpacing` between labels. */
export function timeTicks(domain: { from: number; to: number }, width: number, minSpacing: number, lang: DateLanguage): Tick[] {
  const span = Math.max(domain.to - domain.from, 1);
  const scale = width / span;
  const step = STEPS.find((s) => s.approx * scale >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const start = new Date(domain.from);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  let day = start.getUTCDate();
  // Align to the step: whole days, months on multiples of n, years on multiples of n.
  if (step.unit === 'year') {
    year = Math.ceil(year / step.n) * step.n;
    month = 0;
    day = 1;
  } else if (step.unit === 'month') {
    month = Math.ceil(month / step.n) * step.n;
    day = 1;
  }
  const ticks: Tick[] = [];
  for (let guard = 0; guard < 2000; guard++) {
    const time = utcTime(year, month, day);
    if (time > domain.to) break;
    const d = new Date(time);
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
    if (time >= domain.from) {
      const first = ticks.length === 0;
      let label: string;
      if (step.unit === 'year') label = String(y);
      else if (step.unit === 'month') label = m === 0 || first ? `${SHORT_MONTHS[lang][m]} ${y}` : SHORT_MONTHS[lang][m]!;
      else label = `${dd} ${SHORT_MONTHS[lang][m]}${first || (m === 0 && dd <= step.n) ? ` ${y}` : ''}`;
      const major = step.unit === 'day' ? dd <= step.n : m === 0;
      ticks.push({ time, x: (time - domain.from) * scale, label, major });
    }
    if (step.unit === 'year') year += step.n;
    else if (step.unit === 'month') month += step.n;
    else day += step.n;
  }
  return ticks;
}
