import type { BundleManifest } from '../model/bundle';

/** Who a mention refers to: "person:lei-jun" or "organisation:xiaomi". */
export type MentionRef = `person:${string}` | `organisation:${string}`;

export interface Mention {
  start: number;
  end: number;
  ref: MentionRef;
}

export interface MentionName {
  name: string;
  ref: MentionRef;
}

/**
 * Legal forms that may follow an organisation's name ("Leica Camera AG", "Xiaomi Corporation",
 * "Nokia Oyj", "Ferrari N.V.", "Sony Group Corporation", "Acme, Inc.") or, in Indonesia, precede it
 * ("PT Xiaomi Technology Indonesia"). Longer forms first, so "Co., Ltd." is taken whole.
 */
const LEGAL_SUFFIX = new RegExp(
  ',?\\s+(?:' +
    [
      'GmbH & Co\\.? KG',
      'AG & Co\\.? KGaA',
      'KGaA',
      'GmbH',
      'AG',
      'SE',
      'KG',
      'e\\.V\\.',
      'Co\\.,? Ltd\\.?',
      'Pty\\.? Ltd\\.?',
      'Pte\\.? Ltd\\.?',
      'Sdn\\.? Bhd\\.?',
      'Bhd\\.?',
      'Corporation',
      'Corp\\.?',
      'Incorporated',
      'Inc\\.?',
      'Company',
      'Co\\.',
      'Limited',
      'Ltd\\.?',
      'LLC',
      'LLP',
      'L\\.P\\.',
      'LP',
      'plc',
      'PLC',
      'S\\.A\\. de C\\.V\\.',
      'S\\.A\\.',
      'SA',
      'SAS',
      'SARL',
      'S\\.p\\.A\\.',
      'SpA',
      'S\\.r\\.l\\.',
      'Srl',
      'S\\.L\\.',
      'N\\.V\\.',
      'NV',
      'B\\.V\\.',
      'BV',
      'AB',
      'Oyj',
      'Oy',
      'ASA',
      'A/S',
      'AS',
      'K\\.K\\.',
      'KK',
      'Ltda\\.?',
      'Tbk\\.?',
      'PT',
    ].join('|') +
    ')$',
);
const LEGAL_PREFIX = /^(?:PT|CV)\.?\s+/;

/** The name without its legal form(s): "PT Telkom Indonesia Tbk" → "Telkom Indonesia". */
export function withoutLegalForm(name: string): string {
  return name.replace(LEGAL_SUFFIX, '').replace(LEGAL_PREFIX, '');
}

/**
 * The names the reader recognises in the text, from the bundle's people and organisations:
 * a person by their full name; an organisation by its name, by its name without the legal form
 * ("Leica Camera AG" → "Leica Camera") and, when it has one, by its first word ("Leica", "Xiaomi").
 * A short name two entries share is left out rather than guessed.
 */
export function mentionNames(manifest: Pick<BundleManifest, 'people' | 'organisations'>): MentionName[] {
  const names: MentionName[] = manifest.people.map((p) => ({ name: p.name, ref: `person:${p.id}` as const }));
  const short = new Map<string, MentionRef | null>();
  for (const org of manifest.organisations) {
    const ref = `organisation:${org.id}` as const;
    names.push({ name: org.name, ref });
    const withoutForm = withoutLegalForm(org.name);
    if (withoutForm === org.name) continue;
    const firstWord = withoutForm.split(/\s+/)[0]!;
    for (const alias of new Set([withoutForm, firstWord])) {
      if (alias.length < 3) continue;
      short.set(alias, short.has(alias) && short.get(alias) !== ref ? null : ref);
    }
  }
  const full = new Set(names.map((n) => n.name));
  for (const [name, ref] of short) if (ref && !full.has(name)) names.push({ name, ref });
  return names;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every mention of the given names in a text: whole words only, case as written (names are proper
 * nouns: "Sharp" the company, not "sharp" the adjective), the longest name winning where they overlap.
 */
export function findMentions(text: string, names: readonly MentionName[]): Mention[] {
  if (names.length === 0) return [];
  const byName = new Map(names.map((n) => [n.name, n.ref]));
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const mentions: Mention[] = [];
  for (const m of text.matchAll(pattern)) mentions.push({ start: m.index, end: m.index + m[0].length, ref: byName.get(m[0])! });
  return mentions;
}
