import type { FlowItem } from '../layout/flow';
import { COLOURS, STYLES } from '../layout/styles';
import { baselineOffset, documentAnchor, documentItems } from './documents';
import { quoted } from '../../../shared/text/quote-marks';
import { pickText } from '../../../shared/timeline/lanes';
import { creditLine, pulledQuoteText } from './pulled-quote';
import { heightOf, lines, sectionOpening, textItem, type KitContext, type SectionPlan } from './kit-context';

const titleItem = (ctx: KitContext, title: string) => textItem(ctx, title, STYLES.sectionTitle, { spaceAfter: 16, keepWithNext: true });

/** Key quotes: the words, then who said them, their role and organisation. */
export function quotesSection(ctx: KitContext): SectionPlan | null {
  const { manifest } = ctx.bundle;
  if (!manifest.quotes.length) return null;
  const plan: SectionPlan = { key: 'quotes', title: ctx.text.quotes, anchor: 'section:quotes', items: [], children: [] };
  plan.items.push(...sectionOpening(ctx, plan, null), titleItem(ctx, ctx.text.quotes));
  for (const quote of manifest.quotes) {
    const person = manifest.people.find((p) => p.id === quote.speakerId);
    const org = manifest.organisations.find((o) => o.id === person?.organisationId);
    const language = ctx.bundle.documents.find((d) => d.id === quote.documentId)?.language;
    plan.items.push(
      textItem(ctx, quoted(pulledQuoteText(quote.text, language), language), STYLES.quote, {
        tag: language && language.split('-')[0] !== ctx.lang ? { role: 'BlockQuote', lang: language } : { role: 'BlockQuote' },
        indent: 18,
        keepWithNext: true,
        spaceAfter: 5,
        decorate: (c, x, top, bottom) => c.rect(x - 18, top + 3, 3, bottom - top - 6, COLOURS.accent),
      }),
      textItem(ctx, `— ${person?.name ?? quote.speakerId}`, STYLES.label, { indent: 18, keepWithNext: true }),
    );
    const about = creditLine(person?.role, org?.name);
    plan.items.push(textItem(ctx, about, STYLES.meta, { indent: 18, spaceAfter: 22 }));
  }
  return plan;
}

/** The figures the bundle states, each with the passage that states it. */
export function factsSection(ctx: KitContext): SectionPlan | null {
  const { manifest } = ctx.bundle;
  const factDocs = ctx.documentsIn('facts');
  if (!manifest.facts.length && !factDocs.length) return null;
  const plan: SectionPlan = { key: 'facts', title: ctx.text.facts, anchor: 'section:facts', items: [], children: [] };
  plan.items.push(...sectionOpening(ctx, plan, null), titleItem(ctx, ctx.text.facts));
  const labelWidth = Math.round(ctx.frame.width * 0.34);
  const gap = 14;
  const valueWidth = ctx.frame.width - labelWidth - gap;
  const pad = 8;
  manifest.facts.forEach((fact, i) => {
    const source = ctx.bundle.documents.find((d) => d.id === fact.source.documentId);
    const label = lines(ctx, [{ text: pickText(fact.label, ctx.lang), style: STYLES.label, start: null }], labelWidth);
    const value = lines(ctx, [{ text: fact.value, style: STYLES.h3, start: null }], valueWidth);
    const cite = lines(
      ctx,
      [
        {
          text: `${source?.title ?? fact.source.documentId}: ${quoted(fact.source.quote.exact, source?.language)}`,
          style: STYLES.source,
          start: null,
        },
      ],
      valueWidth,
    );
    const height = Math.max(heightOf(label), heightOf(value) + 2 + heightOf(cite)) + pad * 2;
    const item: FlowItem = {
      kind: 'box',
      tag: { role: 'TR' },
      height,
      spaceBefore: 0,
      spaceAfter: 0,
      draw: (c, x, top, width) => {
        if (i === 0) c.segment(x, top, x + width, top, COLOURS.text, 1);
        c.cell('TH');
        let y = top + pad;
        for (const l of label) {
          c.line(l, x, y + baselineOffset(ctx, STYLES.label));
          y += l.leading;
        }
        c.cell('TD');
        y = top + pad;
        for (const l of value) {
          c.line(l, x + labelWidth + gap, y + baselineOffset(ctx, STYLES.h3));
          y += l.leading;
        }
        y += 2;
        for (const l of cite) {
          c.line(l, x + labelWidth + gap, y + baselineOffset(ctx, STYLES.source));
          y += l.leading;
        }
        c.segment(x, top + height, x + width, top + height, COLOURS.rule, 0.5);
      },
    };
    plan.items.push(item);
  });
  for (const doc of factDocs) {
    plan.items.push(
      { kind: 'anchor', id: documentAnchor(doc.id) },
      ...documentItems(ctx, doc).map((it, n) => (n === 0 && it.kind === 'lines' ? { ...it, spaceBefore: 24 } : it)),
    );
    plan.children.push({ title: doc.title, anchor: documentAnchor(doc.id), level: 2 });
  }
  return plan;
}
