/**
 * Section headings after the release body: About/boilerplate ("About X", "Über X", "Tentang X",
 * "Acerca de X", "Sobre X", "À propos de X", "NOTES TO EDITORS") and media contacts ("Media contact",
 * "Pressekontakt", "Kontak media", "Contacto de prensa", "Contact presse").
 */
export type SectionHeading =
  { type: 'about'; title: string; subject?: string } | { type: 'notes'; title: string } | { type: 'contacts'; title: string };

const ABOUT =
  /^(?:(?:about|über|ueber|tentang|sekilas(?: tentang)?|profil|acerca de|acerca del|sobre|à propos de|a propos de|over|informazioni su|chi è|info über)\s+|(?:à|a) propos d['’]|(?:à|a) propos (?:du|des)\s+)(.{2,80}?)\s*:?$/i;
const ABOUT_INLINE = /^(?:about|über|tentang|acerca de|sobre|à propos de|a propos de)\s+([^:.\n]{2,60}):\s+\S/i;
const NOTES =
  /^(?:notes? (?:to|for) (?:the )?editors?|editor'?s'? notes?|hinweis(?:e)? (?:für|an) (?:die )?redaktion(?:en)?|redaktionelle hinweise|catatan (?:untuk |bagi )?(?:editor|redaksi)|nota(?:s)? (?:para|a) (?:los |el )?editor(?:es)?|nota para (?:la )?redacción|notes? aux rédactions|note à la rédaction)\s*:?$/i;
const CONTACTS =
  /^(?:(?:media|press|pr|news|investor)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|for (?:more|further) information(?:,? please contact)?|pressekontakt(?:e)?|medienkontakt(?:e)?|kontakt(?: für (?:die )?(?:presse|medien))?|ansprechpartner(?:in)?|für rückfragen|kontak(?: media| pers)?|narahubung|informasi lebih lanjut(?:,? hubungi)?|untuk informasi lebih lanjut(?:,? (?:silakan )?hubungi)?|contacto(?:s)?(?: de| para)? (?:prensa|medios)|contacto|más información|para más información|contact(?:s)? (?:presse|médias?)|relations? (?:presse|médias)|pour plus d'informations)\s*:?$/i;

/** Is the block a heading that opens an About, notes or contacts section? */
export function sectionHeading(text: string, isHeading: boolean): SectionHeading | undefined {
  const t = text.trim();
  if (t.length > 100 || t.includes('\n')) return undefined;
  if (!isHeading && /[.!?]$/.test(t) && !/\b(?:Inc|Corp|Ltd|Co|S\.A|Tbk)\.$/.test(t)) return undefined;
  if (NOTES.test(t)) return { type: 'notes', title: t };
  if (CONTACTS.test(t)) return { type: 'contacts', title: t };
  const about = ABOUT.exec(t);
  // "About 300 guests came": the subject must start with a capital letter or a name-like word.
  if (
    about &&
    /^(?:(?:the|die|der|den|dem|das|la|el|le|los|las|les|de|del|du|des|PT) |l')?[\p{Lu}\d]/u.test(about[1]!) &&
    !/^\d/.test(about[1]!)
  ) {
    const subject = about[1]!.replace(/^(?:the|die|der|den|dem|das|la|el|le|los|las|les|uns)\s+/i, '').replace(/^l'/i, '');
    return { type: 'about', title: t, subject };
  }
  return undefined;
}

/** "About Xiaomi: Xiaomi Corporation was founded…" — an About section written inside one paragraph. */
export function inlineAbout(text: string): { title: string; subject: string } | undefined {
  const m = ABOUT_INLINE.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return undefined;
  return { title: text.slice(0, m[0].length - 1).replace(/:\s*$/, ''), subject: m[1]!.trim() };
}

/**
 * "About Harborline Ferries Harborline Ferries LLC operates…": a heading line joined to the text
 * below it, recognised because the subject repeats right after it. Returns the heading's length.
 */
export function joinedAbout(text: string): { title: string; subject: string } | undefined {
  const m =
    /^(?:about|über|ueber|tentang|acerca de|sobre|à propos de|à propos du|a propos de)\s+(?:(?:the|die|der|das|el|la|le)\s+)?([\p{Lu}][^\n.:]{1,60}?)\s+(?:(?:The|Die|Der|Das|El|La|Le)\s+)?\1\b/iu.exec(
      text,
    );
  if (!m) return undefined;
  const title = text
    .slice(0, m.index + m[0].length - m[1]!.length)
    .replace(/\s+(?:The|Die|Der|Das|El|La|Le)?\s*$/u, '')
    .trim();
  return { title, subject: m[1]!.trim() };
}

/** A paragraph that opens with a contacts label ("Media contact: Jane Doe, jane@x.com"). */
export function inlineContacts(text: string): boolean {
  return /^(?:media contacts?|press contacts?|pressekontakt|kontak media|narahubung|contactos? de prensa|contacto|contacts? presse|media enquiries|for more information,? (?:please )?contact)\s*:/i.test(
    text.trim(),
  );
}
