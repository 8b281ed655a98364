import { PresskitError } from '../../shared/errors';
import type { AnnotationChange } from '../../shared/annotations/history';
import type { ImportReport } from '../../shared/annotations/import-report';
import type { Annotation } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import { anchorAll } from './anchor-all';
import { readAnnotationFile } from './jsonld-parse';
import type { AnnotationRepository } from './repository';

export type { ImportReport };

/** Same passage, same colour, same note and tags: the same annotation, whatever its id. */
const contentKey = (a: Annotation) =>
  JSON.stringify([a.documentId, a.quote.exact, a.quote.prefix ?? '', a.quote.suffix ?? '', a.colour, a.note.trim(), [...a.tags].sort()]);

export function parseImportText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = `not valid JSON: ${(err as Error).message}`;
    throw new PresskitError('IMPORT_INVALID', `${fileName}: ${message}`, [{ file: fileName, pointer: '', message }]);
  }
}

/**
 * Works out an import against the annotations already stored, without writing: duplicates (same id,
 * or same content, in the store or earlier in the file) are skipped, the rest become one undoable change.
 */
export function planImport(
  bundle: LoadedBundle,
  existing: readonly Annotation[],
  json: unknown,
  fileName: string,
  now: Date,
): { report: ImportReport; change: AnnotationChange | null } {
  const parsed = readAnnotationFile(json, bundle, now, fileName);
  const report: ImportReport = { file: fileName, added: [], orphaned: [], duplicates: [], rejected: [], warnings: parsed.warnings };
  const ids = new Map(existing.map((a) => [a.id, 'already stored']));
  const contents = new Map(existing.map((a) => [contentKey(a), a.id]));
  const toAdd: { index: number; annotation: Annotation; notes: string[] }[] = [];
  for (const item of parsed.items) {
    if (item.outcome === 'rejected') report.rejected.push({ index: item.index, reason: item.reason });
    else if (item.outcome === 'unplaced')
      report.orphaned.push({
        index: item.index,
        id: item.id,
        quote: item.quote,
        reason: `${item.reason} (source ${item.source})`,
        stored: false,
      });
    else {
      const a = item.annotation;
      const sameId = ids.get(a.id);
      const sameContent = contents.get(contentKey(a));
      if (sameId) report.duplicates.push({ index: item.index, id: a.id, reason: `an annotation with this id is ${sameId}` });
      else if (sameContent)
        report.duplicates.push({ index: item.index, id: a.id, reason: `same passage, colour, note and tags as ${sameContent}` });
      else {
        toAdd.push({ index: item.index, annotation: a, notes: item.warnings });
        ids.set(a.id, 'earlier in this file');
        contents.set(contentKey(a), a.id);
      }
    }
  }
  const anchored = anchorAll(
    bundle,
    toAdd.map((t) => t.annotation),
  );
  anchored.forEach((placed, k) => {
    const { index, annotation: a, notes } = toAdd[k]!;
    if (placed.range && placed.method !== 'orphaned')
      report.added.push({ index, id: a.id, documentId: a.documentId, quote: a.quote.exact, method: placed.method, notes });
    else
      report.orphaned.push({
        index,
        id: a.id,
        quote: a.quote.exact,
        reason: `the quote is not in the current text of "${a.documentId}"; kept, and shown as orphaned`,
        stored: true,
      });
  });
  const change: AnnotationChange | null = toAdd.length
    ? {
        kind: 'batch',
        description: `import ${toAdd.length} annotation${toAdd.length === 1 ? '' : 's'}`,
        changes: toAdd.map((t) => ({ kind: 'create', annotation: t.annotation })),
      }
    : null;
  return { report, change };
}

/** Imports a W3C JSON-LD file's text into the bundle's store; returns the report and the change (for undo), null when nothing was added. */
export function importAnnotations(
  repository: AnnotationRepository,
  bundle: LoadedBundle,
  text: string,
  fileName: string,
  now: Date = new Date(),
): { report: ImportReport; change: AnnotationChange | null } {
  const json = parseImportText(text, fileName);
  const { report, change } = planImport(bundle, repository.read(bundle.manifest.id).annotations, json, fileName, now);
  if (change) repository.apply(bundle, change);
  return { report, change };
}

/** The report as lines for a terminal or a notice: a summary, then one line per item that needs a word. */
export function formatImportReport(r: ImportReport): string[] {
  const kept = r.orphaned.filter((o) => o.stored).length;
  const lines = [
    `${r.file}: ${r.added.length} added, ${r.orphaned.length} orphaned (${kept} kept), ${r.duplicates.length} skipped as duplicates, ${r.rejected.length} rejected`,
  ];
  const short = (q: string) => JSON.stringify(q.length > 60 ? q.slice(0, 57) + '…' : q);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  for (const a of r.added)
    lines.push(
      `  added #${a.index} ${a.id} on "${a.documentId}" (${a.method}) ${short(a.quote)}${a.notes.length ? ' — ' + a.notes.join('; ') : ''}`,
    );
  for (const o of r.orphaned) lines.push(`  orphaned #${o.index} ${o.id} ${short(o.quote)}: ${o.reason}${o.stored ? '' : '; not stored'}`);
  for (const d of r.duplicates) lines.push(`  duplicate #${d.index} ${d.id}: ${d.reason}`);
  for (const x of r.rejected) lines.push(`  rejected #${x.index}: ${x.reason}`);
  return lines;
}
