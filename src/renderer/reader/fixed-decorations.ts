import type { BundleManifest } from '../../shared/model/bundle';
import type { LoadedDocument } from '../../shared/model/document';
import { findMentions, mentionNames } from '../../shared/text/mentions';
import type { Decoration } from '../../shared/text/segments';

/** Marks the first mention of each person or organisation in a document: that one takes keyboard focus. */
export const FIRST_MENTION_CLASS = 'mention--first';

/** What never changes while the document is open: its dateline and the people and organisations it mentions. */
export function fixedDecorations(doc: LoadedDocument, manifest: BundleManifest): Decoration[] {
  const fixed: Decoration[] = [];
  if (doc.dateline) {
    const at = doc.text.indexOf(doc.dateline.text);
    if (at >= 0) fixed.push({ start: at, end: at + doc.dateline.text.length, className: 'dateline' });
  }
  const seen = new Set<string>();
  for (const m of findMentions(doc.text, mentionNames(manifest))) {
    const first = !seen.has(m.ref);
    seen.add(m.ref);
    fixed.push({ start: m.start, end: m.end, className: `mention${first ? ` ${FIRST_MENTION_CLASS}` : ''}`, mention: m.ref });
  }
  return fixed;
}
