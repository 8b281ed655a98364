import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../src/shared/timeline/date-expressions';

const ref = { year: 2025, month: 3, day: 3 };
const read = (text: string) =>
  findDateExpressions(text, { reference: ref, language: 'en' }).map((e) => ({ text: e.text, date: e.date, until: e.until }));

const JAN_2_TO_9 = { date: { year: 2025, month: 1, day: 2 }, until: { year: 2025, month: 1, day: 9 } };

describe('ranges of days in one month', () => {
  it('reads both days of "2–9 January 2025", "from 2 to 9 January", "between 2 and 9 January"', () => {
    expect(read('It was sold between 2 and 9 January 2025.')).toEqual([{ text: 'between 2 and 9 January 2025', ...JAN_2_TO_9 }]);
    expect(read('Open from 2 to 9 January 2025.')).toEqual([{ text: 'from 2 to 9 January 2025', ...JAN_2_TO_9 }]);
    expect(read('The fair runs 2–9 January 2025 in Las Vegas.')).toEqual([{ text: '2–9 January 2025', ...JAN_2_TO_9 }]);
    expect(read('Held on 2nd-9th January 2025.')).toEqual([{ text: '2nd-9th January 2025', ...JAN_2_TO_9 }]);
  });

  it('reads the US order: "January 2–9, 2025", "March 3 to 5, 2025"', () => {
    expect(read('CES runs January 2–9, 2025.')).toEqual([{ text: 'January 2–9, 2025', ...JAN_2_TO_9 }]);
    expect(read('on March 3 to 5, 2025')).toEqual([
      { text: 'March 3 to 5, 2025', date: { year: 2025, month: 3, day: 3 }, until: { year: 2025, month: 3, day: 5 } },
    ]);
  });

  it('keeps "2 and 9 January" without "between" as one day, and never a backwards range', () => {
    expect(read('on 2 and 9 January 2025')).toEqual([{ text: '9 January 2025', date: { year: 2025, month: 1, day: 9 }, until: undefined }]);
    expect(read('9–2 January 2025').map((e) => e.until)).toEqual([undefined]);
    expect(read('Indonesian: tanggal 2 hingga 9 Januari 2025')[0]).toMatchObject(JAN_2_TO_9);
  });
});
