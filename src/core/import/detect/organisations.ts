import type { Registry } from './registry';
import type { WorkBlock } from './work';

// "Leica Camera AG", "Xiaomi Corporation", "PT Telkom Indonesia Tbk", "Acme Widgets Inc.": up to four
// capitalised words before a legal form. Words are separated by spaces the word class excludes, so
// the pattern cannot backtrack badly.
const LEGAL_NAME =
  /(?:\bPT\s+)?(?:\p{Lu}[\p{L}\d&'’-]*\s+){0,3}\p{Lu}[\p{L}\d&'’-]*\s+(?:AG|GmbH(?: & Co\. KG)?|SE|KGaA|Inc\.|Ltd\.?|LLC|Corp\.|Corporation|Co\., Ltd\.|S\.A\.(?:U\.)?|S\.L\.|SAS|S\.p\.A\.|B\.V\.|N\.V\.|plc|PLC|Tbk)(?![\p{L}])/gu;
const PT_NAME = /\bPT\s+(?:\p{Lu}[\p{L}\d&'’-]*\s+){0,3}\p{Lu}[\p{L}\d&'’-]*/gu;
// Public bodies: "Kementerian Pariwisata", "Ministry of Health", "Secretaría de Recursos Hídricos", "Bundesministerium für Wirtschaft".
const PUBLIC_BODY =
  /\b(?:Kementerian|Badan|Dinas|Pemerintah (?:Provinsi|Kota|Kabupaten)|Ministry of|Department of|Secretaría de|Ministerio de|Ministère de|Ministère des|Bundesministerium für|Ministerium für)(?:\s+(?:\p{Lu}[\p{L}-]*|de|of|the|für|des|la|du|and|y|et|dan)){1,4}/gu;
const LEADING_WORDS =
  /^(?:The|Die|Der|Das|El|La|Le|Les|Los|Sang|Dengan|Bersama|And|Und|Y|Et|Dan|With|Mit|Con|Avec|About|Über|Tentang|Acerca|Sobre)\s+/;

const MAX_SCAN = 200_000;

/** Organisations named with a legal form anywhere in the text, in order of appearance. */
export function findLegalNames(blocks: WorkBlock[], registry: Registry, skip: ReadonlySet<number> = new Set()): void {
  let budget = MAX_SCAN;
  for (const block of blocks) {
    // Headlines are skipped: Title Case runs words together ("Kementerian Pariwisata Targetkan").
    if (block.role === 'furniture' || budget <= 0 || skip.has(block.index)) continue;
    const text = block.text.slice(0, budget);
    budget -= text.length;
    for (const m of text.matchAll(LEGAL_NAME)) {
      // "Direktur Utama PT Bank Nusantara Tbk": the name starts at "PT".
      let name = m[0].includes(' PT ') ? m[0].slice(m[0].indexOf(' PT ') + 1) : m[0];
      while (LEADING_WORDS.test(name)) name = name.replace(LEADING_WORDS, '');
      if (name.split(/\s+/).length >= 2) registry.organisation(name);
    }
    for (const m of text.matchAll(PUBLIC_BODY)) registry.organisation(m[0], 'other');
    for (const m of text.matchAll(PT_NAME)) {
      if (m[0].split(/\s+/).length >= 2 && !/\bTbk$/.test(m[0])) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
        if (!/^\s+Tbk/.test(after)) registry.organisation(m[0]);
      }
    }
  }
}
