import { resolveColour, resolveColours } from '../../shared/annotations/colours';
import { sortInReadingOrder } from '../../shared/annotations/filter';
import { documentIri } from '../../shared/annotations/iri';
import type { AnchoredAnnotation, Annotation, ColourLabelOverrides } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import { anchorAll } from './anchor-all';

export interface TextExportOptions {
  /** The user's renamed colour labels. */
  labels?: ColourLabelOverrides;
  /** Language of default labels ("en" by default). */
  language?: string;
}

/** Anchored on the current text, in reading order (documents as listed, then position). */
function placed(bundle: LoadedBundle, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  return sortInReadingOrder(anchorAll(bundle, annotations), bundle.documents);
}

/** A reference back to the passage: the document's IRI with an RFC 5147 character range. */
function passageIri(a: AnchoredAnnotation): string {
  const base = documentIri(a.annotation.bundleId, a.annotation.documentId);
  const range = a.range ?? a.annotation.position;
  return range ? `${base}#char=${range.start},${range.end}` : base;
}

/** Quoted text must show literally, not as Markdown. */
const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');

/** Markdown, grouped by colour label (palette order), each with its quote, note, tags and a reference back to the document. */
export function toMarkdown(bundle: LoadedBundle, annotations: readonly Annotation[], options: TextExportOptions = {}): string {
  const labels = options.labels ?? {};
  const lang = options.language ?? 'en';
  const items = placed(bundle, annotations);
  const titles = new Map(bundle.documents.map((d) => [d.id, d]));
  const out: string[] = [`# Annotations: ${escapeMarkdown(bundle.manifest.title)}`, ''];
  out.push(`${items.length} annotation${items.length === 1 ? '' : 's'} on bundle \`${bundle.manifest.id}\`.`, '');
  for (const colour of resolveColours(labels, lang)) {
    const group = items.filter((a) => a.annotation.colour === colour.key);
    if (!group.length) continue;
    out.push(`## ${escapeMarkdown(colour.label)} (${colour.key})`, '');
    for (const item of group) {
      const a = item.annotation;
      const doc = titles.get(a.documentId);
      const where = item.range ? `characters ${item.range.start}–${item.range.end}` : 'orphaned';
      out.push(`### ${escapeMarkdown(doc?.title ?? a.documentId)} — ${where}`, '');
      out.push(...a.quote.exact.split('\n').map((line) => (line ? `> ${escapeMarkdown(line)}` : '>')), '');
      if (!item.range)
        out.push(
          '*Orphaned: this passage is no longer in the current version of the document; the quote above is as it was annotated.*',
          '',
        );
      if (a.note) out.push(a.note.trim(), '');
      if (a.tags.length) out.push(`Tags: ${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`, '');
      const language = doc ? `, ${doc.language}` : '';
      out.push(`Source: ${escapeMarkdown(doc?.title ?? a.documentId)} (\`${a.documentId}\`${language}) <${passageIri(item)}>`, '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

export const CSV_COLUMNS = [
  'id',
  'document_id',
  'document_title',
  'language',
  'colour',
  'colour_label',
  'status',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'note',
  'tags',
  'created',
  'modified',
  'creator',
  'target',
] as const;

/**
 * One RFC 4180 field. Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a
 * leading apostrophe: an exported quote must never execute in someone's Excel.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, CRLF, header row), one row per annotation in reading order; tags joined by "; ". */
export function toCsv(bundle: LoadedBundle, annotations: readonly Annotation[], options: TextExportOptions = {}): string {
  const labels = options.labels ?? {};
  const lang = options.language ?? 'en';
  const docs = new Map(bundle.documents.map((d) => [d.id, d]));
  const rows = placed(bundle, annotations).map((item) => {
    const a = item.annotation;
    const doc = docs.get(a.documentId);
    const range = item.range;
    return [
      a.id,
      a.documentId,
      doc?.title ?? '',
      doc?.language ?? '',
      a.colour,
      resolveColour(a.colour, labels, lang).label,
      item.method,
      range ? range.start : '',
      range ? range.end : '',
      a.quote.exact,
      a.quote.prefix ?? '',
      a.quote.suffix ?? '',
      a.note,
      a.tags.join('; '),
      a.created,
      a.modified,
      a.creator ?? '',
      passageIri(item),
    ].map(csvField);
  });
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
