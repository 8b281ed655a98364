import type { InlineRun } from '../model/document';

/** A range of a document's plain text that the reader decorates (highlight, search match, quote…). */
export interface Decoration {
  start: number;
  end: number;
  /** CSS class(es) the segment gets, e.g. "highlight highlight--yellow". */
  className: string;
  /** Optional data the renderer attaches to the segment (annotation id etc.). */
  key?: string;
  /** A mention of one of the bundle's people or organisations ("person:lei-jun"): the reader shows who they are. */
  mention?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  run: InlineRun;
  decorations: Decoration[];
}

/**
 * Cuts a block's inline runs at every decoration boundary, so each piece can be drawn as one span
 * whose offset in the document text is known: selections map back to offsets, highlights to spans.
 */
export function segmentRuns(runs: readonly InlineRun[], decorations: readonly Decoration[]): Segment[] {
  const segments: Segment[] = [];
  for (const run of runs) {
    const cuts = new Set<number>([run.start, run.end]);
    for (const d of decorations) {
      if (d.end <= run.start || d.start >= run.end) continue;
      if (d.start > run.start) cuts.add(d.start);
      if (d.end < run.end) cuts.add(d.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      segments.push({
        start,
        end,
        text: run.text.slice(start - run.start, end - run.start),
        run,
        decorations: decorations.filter((d) => d.start < end && d.end > start),
      });
    }
  }
  return segments;
}
