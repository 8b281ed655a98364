import type { FlowItem } from '../layout/flow';
import { COLOURS, STYLES, type TextStyle } from '../layout/styles';
import { baselineOffset } from './documents';
import { fill } from '../kit-text';
import { fitText, formatIsoDate, lines, textItem, type ContentsEntry, type KitContext } from './kit-context';

/** Organisations that speak in the kit (quoted people's) plus the issuer: "Xiaomi Corporation × Leica Camera AG". */
export function partnerNames(ctx: KitContext): string[] {
  const { manifest } = ctx.bundle;
  const ids: string[] = [];
  for (const q of manifest.quotes) {
    const org = manifest.people.find((p) => p.id === q.speakerId)?.organisationId;
    if (org && !ids.includes(org)) ids.push(org);
  }
  if (manifest.issuerId && !ids.includes(manifest.issuerId)) ids.push(manifest.issuerId);
  return ids.map((id) => manifest.organisations.find((o) => o.id === id)?.name ?? id);
}

export function issuerName(ctx: KitContext): string | undefined {
  const { manifest } = ctx.bundle;
  return manifest.organisations.find((o) => o.id === manifest.issuerId)?.name;
}

/** The cover: one page drawn as a unit. */
export function coverItems(ctx: KitContext): FlowItem[] {
  const { manifest } = ctx.bundle;
  const release = ctx.bundle.documents.find((d) => d.kind === 'release' && d.dateline);
  const date = manifest.date ?? release?.dateline?.date;
  const dateline = [release?.dateline?.place, date ? formatIsoDate(date, ctx.lang) : undefined].filter(Boolean).join(', ');
  const issuer = issuerName(ctx);
  const status = manifest.embargo
    ? fill(ctx.text.embargoed, { date: manifest.embargo.replace('T', ' ').replace(/:00(?=[Z+-])/, '') })
    : ctx.text.immediate;
  const width = ctx.frame.width;
  const block = (text: string, style: TextStyle, space: number, rule = false) => ({
    ls: lines(ctx, [{ text, style, start: null }], width),
    style,
    space,
    rule,
  });
  const blocks = [
    block(ctx.text.kicker, STYLES.coverKicker, 14),
    block(manifest.title, STYLES.coverTitle, manifest.subtitle ? 12 : 40, !manifest.subtitle),
    ...(manifest.subtitle ? [block(manifest.subtitle, STYLES.coverSubtitle, 40, true)] : []),
    ...(partnerNames(ctx).length ? [block(partnerNames(ctx).join('  ×  '), STYLES.coverPartners, 8)] : []),
    ...(dateline ? [block(dateline, STYLES.coverLine, 4)] : []),
    ...(issuer ? [block(fill(ctx.text.issuedBy, { issuer }), STYLES.coverLine, 4)] : []),
    block(status, { ...STYLES.coverSmall, color: manifest.embargo ? COLOURS.accent : COLOURS.muted }, 0),
  ];
  // The producer and the export time are the PDF's metadata, not part of what a journalist reads.
  const footer = manifest.keywords.length ? [fill(ctx.text.keywords, { list: manifest.keywords.join(', ') })] : [];
  return [
    { kind: 'running', title: null },
    { kind: 'anchor', id: 'section:cover' },
    {
      kind: 'box',
      tag: { role: 'Sect' },
      height: ctx.capacity,
      spaceBefore: 0,
      spaceAfter: 0,
      draw: (c, x, top) => {
        c.rect(x, top + ctx.capacity * 0.16, 56, 4, COLOURS.accent);
        let y = top + ctx.capacity * 0.16 + 26;
        for (const b of blocks) {
          c.cell(b.style === STYLES.coverTitle ? 'H1' : 'P');
          for (const l of b.ls) {
            c.line(l, x, y + baselineOffset(ctx, b.style));
            y += l.leading;
          }
          if (b.rule) c.segment(x, y + b.space / 2, x + width, y + b.space / 2, COLOURS.rule, 0.8);
          y += b.space;
        }
        let fy = top + ctx.capacity - footer.length * 13;
        for (const f of footer) {
          c.cell('P');
          c.text(fitText(ctx, f, STYLES.coverSmall, width), STYLES.coverSmall, x, fy + 9);
          fy += 13;
        }
      },
    },
  ];
}

/** The contents page: one entry per section (and per document), each a link to where it starts. */
export function contentsItems(ctx: KitContext, entries: readonly ContentsEntry[]): FlowItem[] {
  const items: FlowItem[] = [
    { kind: 'pageBreak' },
    { kind: 'running', title: ctx.text.contents },
    { kind: 'anchor', id: 'section:contents' },
    textItem(ctx, ctx.text.contents, STYLES.sectionTitle, { spaceAfter: 18, keepWithNext: true }),
  ];
  for (const entry of entries) {
    const style = entry.level === 1 ? STYLES.contentsEntry : STYLES.contentsSub;
    const indent = entry.level === 1 ? 0 : 16;
    items.push({
      kind: 'box',
      tag: { role: 'TOCI' },
      height: style.leading,
      spaceBefore: entry.level === 1 ? 6 : 0,
      spaceAfter: 0,
      draw: (c, x, top, width) => {
        const anchor = ctx.state.anchors.get(entry.anchor);
        const pageNo = anchor ? String(anchor.page + 1) : '';
        const baseline = top + baselineOffset(ctx, style);
        // Title before number in the content stream: that is the order text extraction and screen readers follow.
        const numberWidth = ctx.faces[style.font].measure(pageNo, style.size);
        const title = fitText(ctx, entry.title, style, width - indent - numberWidth - 40);
        const titleWidth = c.text(title, style, x + indent, baseline);
        c.text(`\u00a0${pageNo}`, style, x + width, baseline, 'right');
        const leaderFrom = x + indent + titleWidth + 6;
        const leaderTo = x + width - numberWidth - 6;
        if (leaderTo > leaderFrom) c.segment(leaderFrom, baseline, leaderTo, baseline, COLOURS.faint, 0.7, [0.7, 2.8]);
        if (anchor) c.link(x, top, width, style.leading, { anchor: entry.anchor });
      },
    });
  }
  return items;
}
