// The same kit content as an HTML page with print CSS: what Chromium's print-to-PDF (Electron's
// printToPDF) would be given. Same sections and text as the PDF export, in the same order.
import type { LoadedBundle, LoadedDocument } from '../src/shared/model/document';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function documentHtml(doc: LoadedDocument): string {
  const blocks = doc.blocks.map((b) => {
    if (b.kind === 'heading') return `<h${Math.min(6, (b.level ?? 1) + 1)}>${escape(b.text)}</h${Math.min(6, (b.level ?? 1) + 1)}>`;
    if (b.kind === 'blockquote') return `<blockquote>${escape(b.text)}</blockquote>`;
    return `<p>${escape(b.text)}</p>`;
  });
  return `<section lang="${doc.language}"><h1>${escape(doc.title)}</h1>${blocks.join('\n')}</section>`;
}

export function kitHtml(bundle: LoadedBundle): string {
  const m = bundle.manifest;
  const byKind = (kinds: string[]) => bundle.documents.filter((d) => kinds.includes(d.kind));
  const person = (id: string) => m.people.find((p) => p.id === id);
  const quotes = m.quotes
    .map((q) => `<blockquote>${escape(q.text)}<footer>— ${escape(person(q.speakerId)?.name ?? q.speakerId)}, ${escape(person(q.speakerId)?.role ?? '')}</footer></blockquote>`)
    .join('\n');
  const facts = m.facts.map((f) => `<tr><th>${escape(f.label.en ?? Object.values(f.label)[0] ?? '')}</th><td>${escape(f.value)}</td></tr>`).join('\n');
  const contents = bundle.documents.map((d) => `<li>${escape(d.title)}</li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(m.title)}</title>
<style>
@page { size: A4; margin: 22mm 20mm; }
body { font: 11pt/1.5 'Liberation Serif', serif; }
h1, h2, h3 { font-family: 'Liberation Sans', sans-serif; break-after: avoid; }
section, .cover, .contents { break-before: page; }
p { orphans: 2; widows: 2; text-align: left; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3pt solid #b3001b; font-style: italic; }
table { border-collapse: collapse; } th, td { padding: 4pt 8pt; border-bottom: 0.5pt solid #999; text-align: left; }
</style></head><body>
<div class="cover"><h1>${escape(m.title)}</h1><p>${escape(m.subtitle ?? '')}</p><p>${escape(m.date ?? '')}</p></div>
<div class="contents"><h2>Contents</h2><ol>${contents}</ol></div>
${byKind(['release']).map(documentHtml).join('\n')}
<section><h1>Key quotes</h1>${quotes}</section>
<section><h1>Fact sheet</h1><table>${facts}</table></section>
${byKind(['article', 'other', 'backgrounder', 'statement', 'factsheet', 'contacts']).map(documentHtml).join('\n')}
${byKind(['boilerplate']).map(documentHtml).join('\n')}
${byKind(['comments']).map(documentHtml).join('\n')}
</body></html>`;
}
