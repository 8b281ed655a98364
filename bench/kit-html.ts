// The same kit content as an HTML page with print CSS: what Chromium's print-to-PDF (Electron's
// printToPDF) would be given. Same sections and text as the PDF export, in the same order.
import type { LoadedBundle, LoadedDocument } from '../src/shared/model/document';
import { formatFuzzyDate, formatSpanEnd, fuzzyDateInterval } from '../src/shared/timeline/format-date';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function documentHtml(doc: LoadedDocument): string {
  const blocks = doc.blocks.map((b) => {
    if (b.kind === 'heading') return `<h${Math.min(6, (b.level ?? 1) + 1)}>${escape(b.text)}</h${Math.min(6, (b.level ?? 1) + 1)}>`;
    if (b.kind === 'blockquote') return `<blockquote>${escape(b.text)}</blockquote>`;
    return `<p>${escape(b.text)}</p>`;
  });
  return `<section lang="${doc.language}"><h1>${escape(doc.title)}</h1>${blocks.join('\n')}</section>`;
}

/** The timeline as inline SVG (lanes, spans, points, labels), as a web page would draw it. */
function timelineSvg(bundle: LoadedBundle): string {
  const { lanes, events } = bundle.manifest.timeline;
  if (!events.length) return '';
  const from = Math.min(...events.map((e) => fuzzyDateInterval(e.start).from));
  const to = Math.max(...events.map((e) => (typeof e.end === 'object' ? fuzzyDateInterval(e.end).to : fuzzyDateInterval(e.start).to)));
  const x = (t: number) => 20 + ((t - from) / Math.max(1, to - from)) * 620;
  const rows = lanes.map((lane, i) => {
    const y = 40 + i * 60;
    const marks = events
      .filter((e) => e.laneId === lane.id)
      .map((e, j) => {
        const x0 = x(fuzzyDateInterval(e.start).from);
        const label = `${escape(e.label.en ?? Object.values(e.label)[0] ?? '')} (${escape(formatFuzzyDate(e.start))}${e.kind === 'span' ? ' – ' + escape(formatSpanEnd(e.end)) : ''})`;
        const mark =
          e.kind === 'span'
            ? `<rect x="${x0}" y="${y}" width="${Math.max(4, (typeof e.end === 'object' ? x(fuzzyDateInterval(e.end).to) : 640) - x0)}" height="10" fill="#b3001b"/>`
            : `<circle cx="${x0}" cy="${y + 5}" r="5" fill="#1d1d1f"/>`;
        return `${mark}<text x="${x0}" y="${y + 24 + (j % 2) * 12}" font-size="9">${label}</text>`;
      });
    return `<text x="0" y="${y - 6}" font-size="10" font-weight="bold">${escape(lane.label.en ?? Object.values(lane.label)[0] ?? '')}</text>${marks.join('')}`;
  });
  return `<section><h1>Partnership timeline</h1><svg viewBox="0 0 660 ${60 + lanes.length * 60}" width="100%">${rows.join('')}</svg></section>`;
}

/** The bundle's images as the PDF's media section shows them: each at most the text width, with caption and credit. */
function mediaHtml(bundle: LoadedBundle, images: ReadonlyMap<string, Buffer>): string {
  const figures = bundle.manifest.assets
    .filter((a) => images.has(a.file))
    .map(
      (a) =>
        `<figure><img src="data:${a.mime};base64,${images.get(a.file)!.toString('base64')}" alt="${escape(a.alt)}"><figcaption>${escape(a.caption ?? '')} ${escape(a.credit ?? '')}</figcaption></figure>`,
    )
    .join('\n');
  return figures ? `<section><h1>Photos and media</h1>${figures}</section>` : '';
}

/** `images`: the bytes of the bundle's PNG and JPEG assets by file name (none: no media section). */
export function kitHtml(bundle: LoadedBundle, images: ReadonlyMap<string, Buffer> = new Map()): string {
  const m = bundle.manifest;
  const byKind = (kinds: string[]) => bundle.documents.filter((d) => kinds.includes(d.kind));
  const person = (id: string) => m.people.find((p) => p.id === id);
  const quotes = m.quotes
    .map(
      (q) =>
        `<blockquote>${escape(q.text)}<footer>— ${escape(person(q.speakerId)?.name ?? q.speakerId)}, ${escape(person(q.speakerId)?.role ?? '')}</footer></blockquote>`,
    )
    .join('\n');
  const facts = m.facts
    .map((f) => `<tr><th>${escape(f.label.en ?? Object.values(f.label)[0] ?? '')}</th><td>${escape(f.value)}</td></tr>`)
    .join('\n');
  const contents = bundle.documents.map((d) => `<li>${escape(d.title)}</li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(m.title)}</title>
<style>
@page { size: A4; margin: 22mm 20mm; }
body { font: 11pt/1.5 'Liberation Serif', serif; }
h1, h2, h3 { font-family: 'Liberation Sans', sans-serif; break-after: avoid; }
section, .cover, .contents { break-before: page; }
p { orphans: 2; widows: 2; text-align: left; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3pt solid #b3001b; font-style: italic; }
figure { margin: 0 0 14pt; break-inside: avoid; } img { max-width: 100%; max-height: 45vh; }
table { border-collapse: collapse; } th, td { padding: 4pt 8pt; border-bottom: 0.5pt solid #999; text-align: left; }
</style></head><body>
<div class="cover"><h1>${escape(m.title)}</h1><p>${escape(m.subtitle ?? '')}</p><p>${escape(m.date ?? '')}</p></div>
<div class="contents"><h2>Contents</h2><ol>${contents}</ol></div>
${byKind(['release']).map(documentHtml).join('\n')}
<section><h1>Key quotes</h1>${quotes}</section>
<section><h1>Fact sheet</h1><table>${facts}</table></section>
${timelineSvg(bundle)}
${mediaHtml(bundle, images)}
${byKind(['article', 'other', 'backgrounder', 'statement', 'factsheet', 'contacts']).map(documentHtml).join('\n')}
${byKind(['boilerplate']).map(documentHtml).join('\n')}
${byKind(['comments']).map(documentHtml).join('\n')}
</body></html>`;
}
