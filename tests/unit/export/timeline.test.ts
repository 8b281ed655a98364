import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPressKit, PAPER_SIZES } from '../../../src/core/export';
import { SAMPLE_TIMELINE, withTimeline } from '../../../src/core/export/generate-fixture';
import type { Timeline, TimelineEvent } from '../../../src/shared/model/timeline';
import { bodyText, builtInBundle, FIXED_NOW, normalise, pdfinfo, qpdfCheck, run, writePdf } from './pdf-tools';

async function timelineKit(timeline: Timeline): Promise<string> {
  const bundle = withTimeline(await builtInBundle(), timeline);
  return writePdf(
    await exportPressKit(bundle, { paper: 'a4', sections: ['timeline'], includeComments: true, now: FIXED_NOW }),
    'timeline.pdf',
  );
}

/** Counts pixels close to an sRGB colour in pdftoppm's rendering of one page (binary PPM). */
function countPixels(file: string, page: number, rgb: [number, number, number], tolerance = 12): number {
  const r = spawnSync('/usr/bin/pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  const ppm = r.stdout;
  // Header: "P6\n<w> <h>\n255\n".
  let offset = 0;
  for (let fields = 0; fields < 4;) {
    while (ppm[offset] === 0x20 || ppm[offset] === 0x0a) offset++;
    while (ppm[offset] !== 0x20 && ppm[offset] !== 0x0a) offset++;
    fields++;
  }
  offset++;
  let n = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) {
    if (
      Math.abs(ppm[i]! - rgb[0]) <= tolerance &&
      Math.abs(ppm[i + 1]! - rgb[1]) <= tolerance &&
      Math.abs(ppm[i + 2]! - rgb[2]) <= tolerance
    )
      n++;
  }
  return n;
}

describe('the partnership timeline', () => {
  let file: string;
  beforeAll(async () => {
    file = await timelineKit(SAMPLE_TIMELINE);
  });

  it('is a valid page of its own', () => {
    expect(qpdfCheck(file).status).toBe(0);
    expect(pdfinfo(file).Pages).toBe('1');
  });

  it('shows every date at the precision its source gives, and never a day it does not', () => {
    const raw = bodyText(file, PAPER_SIZES.a4);
    // The event list under the chart: "<dates> — <label>", one per event.
    const listed = raw
      .split('\n')
      .filter((l) => l.includes(' — '))
      .map((l) => l.split(' — ')[0]!.trim());
    expect(listed.sort()).toEqual(
      [
        '2016 – ended (date unknown)',
        'Q3 2021',
        '2021 – Q2 2022',
        'June 2021',
        '23 May 2022 – present',
        'July 2022',
        'April 2010',
        '9 July 2018',
        'Q4 2021',
        'by August 2021',
      ].sort(),
    );
    // The chart labels each mark with the same words (so at least twice in all).
    const text = normalise(raw);
    for (const d of listed) expect(text.split(d).length - 1, d).toBeGreaterThanOrEqual(2);
    for (const lane of SAMPLE_TIMELINE.lanes) expect(text).toContain(lane.label.en!);
    for (const event of SAMPLE_TIMELINE.events) expect(text).toContain(event.label.en!);
  });

  it('is drawn as vector graphics: no images, the bars and marks in the lane colours', () => {
    expect(run('pdfimages', ['-list', file]).stdout.trim().split('\n')).toHaveLength(2);
    // Partnership lanes in the accent red, their uncertain stretches in its tint; milestones in dark grey.
    expect(countPixels(file, 1, [0xa3, 0x17, 0x1e])).toBeGreaterThan(150);
    expect(countPixels(file, 1, [0xe3, 0xb9, 0xbb], 16)).toBeGreaterThan(30);
    expect(countPixels(file, 1, [0x3c, 0x40, 0x43])).toBeGreaterThan(20);
  });

  it('continues a long timeline over pages, each slice with its own axis', async () => {
    const events: TimelineEvent[] = Array.from({ length: 70 }, (_, i) => ({
      id: `e-${i}`,
      laneId: i % 2 ? 'xiaomi-leica' : 'milestones',
      kind: i % 3 ? 'point' : 'span',
      label: { en: `Event number ${i}` },
      start: { year: 2010 + (i % 12), quarter: ((i % 4) + 1) as 1 | 2 | 3 | 4 },
      ...(i % 3 ? {} : { end: { year: 2023 } }),
    }));
    const long = await timelineKit({ lanes: SAMPLE_TIMELINE.lanes, events });
    expect(qpdfCheck(long).status).toBe(0);
    const pages = bodyText(long, PAPER_SIZES.a4)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const chartPages = pages.filter((p) => p.includes('Event number'));
    for (const p of chartPages.slice(0, 2)) expect(p).toMatch(/\b2010\b[\s\S]*\b2012\b/);
    const all = normalise(pages.join(' '));
    for (let i = 0; i < 70; i++) expect(all).toContain(`Event number ${i}`);
  });
});
