import { clearlyOtherLanguage } from './language';
import { furnitureReason, isEndMark } from './furniture';
import { inlineAbout, inlineContacts, joinedAbout, sectionHeading } from './sections';
import type { WorkBlock } from './work';

/** An About section found: its heading text and the company it is about. */
export interface AboutSection {
  title: string;
  subject?: string;
  blockIndex: number;
}

export interface SectionResult {
  abouts: AboutSection[];
  /** Blocks of contacts sections (and of About/notes sections, which often list contacts too). */
  contactBlocks: WorkBlock[];
  endMarkIndex?: number;
}

/**
 * Roles after the release body: "ENDS"/"###"/"-30-" ends the body (the mark itself is furniture);
 * About/notes/contacts headings open boilerplate sections (role 'about'); text in another language
 * after an About section is taken for reader comments. Blocks before `bodyStart` are never sections.
 */
export function assignSectionRoles(blocks: WorkBlock[], bodyStart: number, language: string): SectionResult {
  const abouts: AboutSection[] = [];
  const contactBlocks: WorkBlock[] = [];
  let state: 'body' | 'about' | 'contacts' | 'after-end' | 'comments' = 'body';
  let endMarkIndex: number | undefined;
  let reason = '';
  for (const block of blocks) {
    if (block.index < bodyStart || block.role === 'furniture' || block.kind === 'image') continue;
    const text = block.text.trim();
    if (!text) continue;
    if (isEndMark(text)) {
      block.role = 'furniture';
      block.reason = 'end-of-body mark';
      endMarkIndex ??= block.index;
      state = 'after-end';
      continue;
    }
    // A heading may share its block with what follows ("Pressekontakt\nJonas Becker\n…" in plain text).
    const firstLine = text.split('\n')[0]!.trim();
    const heading = sectionHeading(text, block.kind === 'heading') ?? (firstLine !== text ? sectionHeading(firstLine, false) : undefined);
    if (heading) {
      state = heading.type === 'contacts' ? 'contacts' : 'about';
      reason = heading.type === 'contacts' ? 'media contacts' : `About section: ${heading.title}`;
      if (heading.type !== 'contacts')
        abouts.push({
          title: heading.title,
          ...('subject' in heading && heading.subject ? { subject: heading.subject } : {}),
          blockIndex: block.index,
        });
      block.role = 'about';
      block.reason = reason.slice(0, 200);
      if (heading.type !== 'about' || firstLine !== text) contactBlocks.push(block);
      continue;
    }
    const inline = inlineAbout(text) ?? joinedAbout(text);
    if (inline) {
      abouts.push({ title: inline.title, subject: inline.subject, blockIndex: block.index });
      block.role = 'about';
      block.reason = `About section: ${inline.title}`.slice(0, 200);
      state = 'about';
      reason = block.reason;
      continue;
    }
    if (inlineContacts(text)) {
      block.role = 'about';
      block.reason = 'media contacts';
      contactBlocks.push(block);
      continue;
    }
    if (state === 'body') continue;
    if (furnitureReason(text)) continue;
    if ((state === 'about' || state === 'comments') && text.length >= 20 && text.length < 600 && clearlyOtherLanguage(text, language)) {
      block.role = 'comments';
      block.reason = 'text in another language after the About section (reader comments)';
      state = 'comments';
      continue;
    }
    if (state === 'comments') {
      block.role = 'comments';
      block.reason = 'after reader comments';
      continue;
    }
    block.role = 'about';
    block.reason = state === 'after-end' ? 'after the end-of-body mark' : reason.slice(0, 200);
    contactBlocks.push(block);
  }
  return { abouts, contactBlocks, ...(endMarkIndex !== undefined ? { endMarkIndex } : {}) };
}
