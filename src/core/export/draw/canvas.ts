import type { FontFace, FontFaces } from '../fonts/font-faces';
import type { Line } from '../layout/line-break';
import { needsRuns, visualRuns, type VisualRun } from '../layout/text-runs';
import type { FontResources } from './font-resources';
import type { Rgb, TextStyle } from '../layout/styles';
import type { StructElem } from '../pdf/structure';

/** Where a link annotation goes: an external URL or a named anchor inside the kit. */
export type LinkTarget = { uri: string } | { anchor: string };

/** PDF user-space rectangle [x1 y1 x2 y2] (bottom-up). */
export type PdfRect = [number, number, number, number];

export interface LinkSpec {
  rect: PdfRect;
  target: LinkTarget;
  /** The structure element whose content carries the link (tagged PDF: its Link element goes under it). */
  owner: StructElem | null;
}

/** What the drawing loop lends a canvas so a box can split its content into child elements (table cells). */
export interface Tagger {
  /** The element being drawn, or null inside an artifact. */
  current: StructElem | null;
  /** A child element of the current one with the given role; returns its MCID on this page. */
  cell(role: string): number | null;
}

/** Compact, deterministic number for a content stream: at most two decimals, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

const rgb = (c: Rgb) => `${num3(c.r)} ${num3(c.g)} ${num3(c.b)}`;
const num3 = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Writes one page's content stream as raw PDF operators (no per-call font shaping, no operator
 * objects), in top-down coordinates the layout uses; y is flipped here and only here.
 */
export class PageCanvas {
  private readonly ops: string[] = [];
  readonly links: LinkSpec[] = [];
  tagger: Tagger | null = null;

  /** Opens marked content tied to a structure element (BDC with its MCID). */
  beginTagged(role: string, mcid: number): void {
    this.ops.push(`/${role} <</MCID ${mcid}>> BDC`);
  }

  /** Opens content that is not part of the text (rules, decorations, running header and page numbers). */
  beginArtifact(pagination = false): void {
    this.ops.push(pagination ? '/Artifact <</Type /Pagination>> BDC' : '/Artifact BMC');
  }

  endMarked(): void {
    this.ops.push('EMC');
  }

  /** Inside a tagged box: what follows belongs to a new child element (a fact row's TH, then its TD). */
  cell(role: string): void {
    const mcid = this.tagger?.cell(role) ?? null;
    if (mcid === null) return;
    this.ops.push('EMC', `/${role} <</MCID ${mcid}>> BDC`);
  }

  constructor(
    private readonly faces: FontFaces,
    private readonly fonts: FontResources,
    readonly pageHeight: number,
  ) {}

  /** The PDF y of a top-down y. */
  y(top: number): number {
    return this.pageHeight - top;
  }

  // Text state carried between text objects: font and fill colour persist after ET (every path is
  // painted inside q … Q), so they are written only when they change.
  private font: FontFace | null = null;
  private size = -1;
  private colour = '';

  private textState(style: TextStyle, face: FontFace = this.faces[style.font]): string {
    let out = '';
    if (face !== this.font || style.size !== this.size) {
      this.font = face;
      this.size = style.size;
      out += ` /${this.fonts.name(face)} ${num(style.size)} Tf`;
    }
    const c = rgb(style.color);
    if (c !== this.colour) {
      this.colour = c;
      out += ` ${c} rg`;
    }
    return out;
  }

  /** Draws a laid-out line with its left edge at x and its baseline at `baseline` (top-down). */
  line(line: Line, x: number, baseline: number): void {
    if (!line.segments.length) return;
    const runs = line.mixed === false ? null : visualRuns(this.faces, line);
    if (runs) return this.runsLine(line, runs, x, baseline);
    const by = this.y(baseline);
    let out = 'BT';
    let previous: number | null = null;
    for (const seg of line.segments) {
      out += this.textState(seg.style);
      // Td moves the start of the line: the first segment absolutely, the next ones relative to it.
      out += previous === null ? ` ${num(x + seg.x)} ${num(by)} Td` : ` ${num(seg.x - previous)} 0 Td`;
      previous = seg.x;
      const face = this.faces[seg.style.font];
      out += ` (${face.encode(seg.text, this.fonts.usage(face))}) Tj`;
      this.linkOf(line, seg, x, by);
    }
    this.ops.push(out + ' ET');
  }

  private linkOf(line: Line, seg: Line['segments'][number], x: number, by: number): void {
    if (!seg.href) return;
    this.links.push({
      rect: [x + seg.x, by - line.descent, x + seg.x + seg.width, by + line.ascent],
      target: { uri: seg.href },
      owner: this.tagger?.current ?? null,
    });
  }

  /**
   * A line with fallback faces, right-to-left or shaped text: each run placed absolutely in visual
   * order. Shaped runs draw their glyphs with the shaper's advances and offsets (TJ adjustments and
   * text rise) inside /Span marked content whose /ActualText is the run's characters in logical
   * order, so extraction gives back the text as written, ligatures and reordered vowels included.
   */
  private runsLine(line: Line, runs: VisualRun[], x: number, baseline: number): void {
    const by = this.y(baseline);
    const left = x + line.segments[0]!.x;
    for (const run of runs) {
      const usage = this.fonts.usage(run.face);
      const start = `BT${this.textState(run.style, run.face)} ${num(left + run.x)} ${num(by)} Td`;
      if (!run.glyphs) {
        this.ops.push(`${start} (${run.face.encode(run.text, usage)}) Tj ET`);
        continue;
      }
      // Extractors (poppler, pdf.js) read a line's characters by position and put right-to-left ones
      // back into logical order themselves: a right-to-left run's text goes in as it lies, reversed.
      const actual = run.rtl ? Array.from(run.text).reverse().join('') : run.text;
      this.ops.push(`/Span <</ActualText ${utf16Text(actual)}>> BDC ${start} ${this.glyphOps(run, usage)} ET EMC`);
    }
    for (const seg of line.segments) this.linkOf(line, seg, x, by);
  }

  /** TJ arrays for shaped glyphs: an adjustment where the shaper's advance differs from the font's, Ts for raised marks. */
  private glyphOps(run: VisualRun, usage: ReturnType<FontResources['usage']>): string {
    const size = run.style.size;
    const chars = Array.from(run.text);
    const charAt = (cluster: number) => run.text.codePointAt(cluster) ?? chars[0]!.codePointAt(0)!;
    let out = '';
    let items = '';
    let rise = 0;
    const flush = () => {
      if (items) out += `[${items}] TJ `;
      items = '';
    };
    for (const g of run.glyphs!) {
      if (g.dy !== rise) {
        flush();
        rise = g.dy;
        out += `${num((rise * size) / 1000)} Ts `;
      }
      // TJ numbers move left by n/1000 em: shift by the offset before the glyph, back after it.
      if (g.dx) items += `${num(-g.dx)}`;
      items += `(${run.face.encodeGlyph(g.gid, charAt(g.cluster), usage)})`;
      const adjust = g.advance - run.face.glyphWidth(g.gid) - g.dx;
      if (Math.abs(adjust) > 0.01) items += `${num(-adjust)}`;
    }
    flush();
    if (rise) out += '0 Ts ';
    return out.trimEnd();
  }

  /** An image XObject (by resource name) filling the box with top-left (x, top). */
  image(name: string, x: number, top: number, width: number, height: number): void {
    this.ops.push(`q ${num(width)} 0 0 ${num(height)} ${num(x)} ${num(this.y(top + height))} cm /${name} Do Q`);
  }

  /** One-off text at a point (labels, page numbers); returns its width. */
  text(text: string, style: TextStyle, x: number, baseline: number, align: 'left' | 'center' | 'right' = 'left'): number {
    const face = this.faces[style.font];
    if (needsRuns(face, text)) return this.textRuns(text, style, x, baseline, align);
    const width = face.measure(text, style.size);
    const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
    const state = this.textState(style);
    this.ops.push(`BT${state} ${num(left)} ${num(this.y(baseline))} Td (${face.encode(text, this.fonts.usage(face))}) Tj ET`);
    return width;
  }

  /** text() for a label with fallback faces or shaped text: laid out as a one-segment line. */
  private textRuns(text: string, style: TextStyle, x: number, baseline: number, align: 'left' | 'center' | 'right'): number {
    const line: Line = { segments: [{ text, style, x: 0, width: 0, start: null }], width: 0, ascent: 0, descent: 0, leading: 0 };
    const runs = visualRuns(this.faces, line) ?? [];
    const width = runs.reduce((n, r) => n + r.width, 0);
    const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
    this.runsLine(line, runs, left, baseline);
    return width;
  }

  rect(
    x: number,
    top: number,
    width: number,
    height: number,
    fill: Rgb | null,
    stroke?: { color: Rgb; width: number; dash?: number[] },
  ): void {
    const box = `${num(x)} ${num(this.y(top + height))} ${num(width)} ${num(height)} re`;
    this.paint(box, fill, stroke);
  }

  /** A straight line between two top-down points. */
  segment(x1: number, y1: number, x2: number, y2: number, color: Rgb, width: number, dash?: number[]): void {
    this.paint(`${num(x1)} ${num(this.y(y1))} m ${num(x2)} ${num(this.y(y2))} l`, null, { color, width, dash });
  }

  /** A closed polygon through top-down points. */
  polygon(points: readonly [number, number][], fill: Rgb | null, stroke?: { color: Rgb; width: number }): void {
    const path = points.map(([px, py], i) => `${num(px)} ${num(this.y(py))} ${i === 0 ? 'm' : 'l'}`).join(' ') + ' h';
    this.paint(path, fill, stroke);
  }

  circle(cx: number, cy: number, r: number, fill: Rgb | null, stroke?: { color: Rgb; width: number }): void {
    const k = 0.5523 * r;
    const y = this.y(cy);
    const p = (a: number, b: number) => `${num(a)} ${num(b)}`;
    const path =
      `${p(cx + r, y)} m ${p(cx + r, y + k)} ${p(cx + k, y + r)} ${p(cx, y + r)} c ${p(cx - k, y + r)} ${p(cx - r, y + k)} ${p(cx - r, y)} c ` +
      `${p(cx - r, y - k)} ${p(cx - k, y - r)} ${p(cx, y - r)} c ${p(cx + k, y - r)} ${p(cx + r, y - k)} ${p(cx + r, y)} c h`;
    this.paint(path, fill, stroke);
  }

  link(x: number, top: number, width: number, height: number, target: LinkTarget): void {
    this.links.push({ rect: [x, this.y(top + height), x + width, this.y(top)], target, owner: this.tagger?.current ?? null });
  }

  private paint(path: string, fill: Rgb | null, stroke?: { color: Rgb; width: number; dash?: number[] | undefined }): void {
    let out = 'q ';
    if (fill) out += `${rgb(fill)} rg `;
    if (stroke) out += `${rgb(stroke.color)} RG ${num(stroke.width)} w ${stroke.dash ? `[${stroke.dash.map(num).join(' ')}] 0 d ` : ''}`;
    out += path + (fill && stroke ? ' B' : fill ? ' f' : ' S') + ' Q';
    this.ops.push(out);
  }

  /** The content stream so far. */
  content(): string {
    return this.ops.join('\n');
  }
}

/** A PDF text string in UTF-16BE with BOM, as hex: any script, no escaping. */
function utf16Text(text: string): string {
  let out = '<FEFF';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0');
  return out + '>';
}
