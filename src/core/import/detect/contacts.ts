import { looksLikePersonName } from './names';
import { evidence, type WorkBlock } from './work';

/** A contact read from a contacts or About section. */
export interface FoundContact {
  name: string;
  role?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  url?: string;
  confidence: number;
  evidence: { where: string; text: string };
}

// Plain and obfuscated e-mail addresses: "a@b.com", "a (at) b (dot) com", "a [at] b.com", "a at b dot com".
const EMAIL = /[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}/gu;
const OBFUSCATED =
  /([\w.+-]{1,64})\s*(?:\(at\)|\[at\]|\{at\}|<at>|\sat\s)\s*([\w-]{1,63}(?:\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*[\w-]{1,63}){1,4})/gi;
const PHONE = /(?:\+|\b00|\()?\d[\d\s()./-]{6,20}\d/g;
const URL = /\bhttps?:\/\/[^\s<>()"]{3,200}|\bwww\.[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?:\/[^\s<>()"]{0,200})?/gi;
const LABEL =
  /^(?:e-?mail|email|tel(?:ephone|efon|p)?|phone|ph|mobile|mobil|hp|handy|fax|web(?:site)?|telf?|teléfono|téléphone|correo(?: electrónico)?|courriel|whatsapp|wa)\s*\.?\s*:?\s*/i;

function deobfuscate(local: string, domain: string): string {
  const d = domain.replace(/\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*/gi, '.').replace(/\s*\.\s*/g, '.');
  return `${local}@${d}`.toLowerCase();
}

interface Found {
  index: number;
  end: number;
  value: string;
}

function findAll(text: string, pattern: RegExp, map: (m: RegExpExecArray) => string): Found[] {
  const out: Found[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ index: m.index, end: m.index + m[0].length, value: map(m) });
  return out;
}

export function findEmails(text: string): Found[] {
  const plain = findAll(text, EMAIL, (m) => m[0].replace(/\.$/, '').toLowerCase());
  const hidden = findAll(text, OBFUSCATED, (m) => deobfuscate(m[1]!, m[2]!)).filter((h) => /\.[a-z]{2,}$/.test(h.value));
  return [...plain, ...hidden].sort((a, b) => a.index - b.index);
}

/** Splits a contacts section into lines: the block's own lines, or its comma/pipe-separated parts. */
function lines(blocks: WorkBlock[]): Array<{ text: string; where: string }> {
  const out: Array<{ text: string; where: string }> = [];
  for (const b of blocks) {
    for (const raw of b.text.split(/\n|\s+\|\s+|\s{3,}/)) {
      const line = raw.trim();
      if (line) out.push({ text: line, where: b.where });
    }
  }
  return out;
}

/** "E-Mail: x" → "x"; "Contacts presse : Paul Giraud" → "Paul Giraud". */
function cleanPart(part: string): string {
  const unlabelled = part.replace(LABEL, '').trim();
  const colon = /^[^:\d@]{2,40}\s?:\s*(?=\S)/.exec(unlabelled);
  return colon ? unlabelled.slice(colon[0].length) : unlabelled;
}

/**
 * Contacts from the lines of a contacts section (or an About section that lists them): each e-mail
 * address anchors one contact; its name is the nearest person-like line (or comma part) before it,
 * its role the line after the name, its phone the nearest phone number in the same group.
 */
export function extractContacts(blocks: WorkBlock[], organisations: string[]): FoundContact[] {
  const all = lines(blocks);
  const contacts: FoundContact[] = [];
  let groupStart = 0;
  for (let i = 0; i < all.length; i += 1) {
    const line = all[i]!;
    const emails = findEmails(line.text);
    if (emails.length === 0) continue;
    const email = emails[0]!.value;
    // The group: lines since the previous contact's e-mail (or the section start), plus this line's parts.
    const group = all.slice(groupStart, i + 1);
    const following =
      all[i + 1] && findEmails(all[i + 1]!.text).length === 0 && !looksLikePersonName(all[i + 1]!.text) ? [all[i + 1]!] : [];
    groupStart = i + 1;
    const parts = group
      .flatMap((l) => l.text.split(/\s*[,;]\s*|\s+[–—-]\s+/))
      .map(cleanPart)
      .filter(Boolean);
    const nameIndex = parts.findIndex((p) => looksLikePersonName(p));
    const name = nameIndex >= 0 ? parts[nameIndex]! : undefined;
    const after = nameIndex >= 0 ? parts.slice(nameIndex + 1) : parts;
    const role = after.find((p) => !/\d|@|\(at\)|\[at\]|https?:|www\./i.test(p) && p.length <= 80 && !organisations.includes(p));
    const organisation = parts.find((p) => organisations.includes(p));
    const phoneText = [...group, ...following].map((l) => l.text).join('\n');
    const phone = findAll(phoneText, PHONE, (m) => m[0].trim()).find(
      (p) => p.value.replace(/\D/g, '').length >= 7 && !/^\d{4}$/.test(p.value),
    );
    const url = findAll(phoneText, URL, (m) => (m[0].startsWith('http') ? m[0] : `https://${m[0]}`)).find((u) => !u.value.includes('@'));
    contacts.push({
      name: name ?? organisation ?? parts.find((p) => !/\d|@|\(at\)|\[at\]|https?:|www\./i.test(p) && p.length <= 80) ?? email,
      ...(role && role !== name ? { role } : {}),
      ...(organisation ? { organisation } : {}),
      email,
      ...(phone ? { phone: phone.value } : {}),
      ...(url ? { url: url.value.replace(/[.,;]$/, '') } : {}),
      confidence: name ? 0.85 : 0.6,
      evidence: evidence(line.where, group.map((l) => l.text).join(' · ')),
    });
  }
  return contacts;
}
