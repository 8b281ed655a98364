/**
 * Who a quote is attributed to: the words after the closing mark ("…,” said Lei Jun, CEO of Xiaomi.)
 * or before the opening mark (Lei Jun said: “…” · Menurut Lei Jun, “…”). Only a bounded window on
 * either side is read.
 */

const WINDOW = 260;

// Speech verbs, en/id/de/es/fr (the forms releases use; longest first where one is a prefix of another).
const VERBS = [
  'said',
  'says',
  'added',
  'adds',
  'explained',
  'explains',
  'noted',
  'notes',
  'stated',
  'states',
  'commented',
  'comments',
  'continued',
  'continues',
  'remarked',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'stressed',
  'stresses',
  'told',
  'concluded',
  'concludes',
  'pointed out',
  'points out',
  'highlighted',
  'highlights',
  'underlined',
  'shared',
  'observed',
  'declared',
  'announced',
  'believes',
  'insisted',
  'acknowledged',
  'recalled',
  'wrote',
  'writes',
  'confirmed',
  'katanya',
  'kata',
  'ujarnya',
  'ujar',
  'ungkapnya',
  'ungkap',
  'jelasnya',
  'jelas',
  'tuturnya',
  'tutur',
  'tambahnya',
  'sebutnya',
  'terangnya',
  'paparnya',
  'imbuhnya',
  'ucapnya',
  'ucap',
  'lanjutnya',
  'pungkasnya',
  'tegasnya',
  'mengatakan',
  'menjelaskan',
  'menambahkan',
  'menyampaikan',
  'mengungkapkan',
  'menuturkan',
  'menegaskan',
  'menyatakan',
  'berkata',
  'sagte',
  'sagt',
  'so',
  'erklärte',
  'erklärt',
  'betonte',
  'betont',
  'ergänzte',
  'ergänzt',
  'meinte',
  'meint',
  'kommentierte',
  'kommentiert',
  'unterstrich',
  'unterstreicht',
  'erläuterte',
  'erläutert',
  'fügte',
  'berichtete',
  'sagt',
  'dijo',
  'dice',
  'afirmó',
  'afirma',
  'señaló',
  'señala',
  'explicó',
  'explica',
  'añadió',
  'añade',
  'comentó',
  'comenta',
  'aseguró',
  'asegura',
  'destacó',
  'destaca',
  'indicó',
  'indica',
  'declaró',
  'subrayó',
  'subraya',
  'apuntó',
  'sostuvo',
  'manifestó',
  'concluyó',
  'agregó',
  'agrega',
  'expresó',
  'a déclaré',
  'déclare',
  'a expliqué',
  'explique',
  'a ajouté',
  'ajoute',
  'a souligné',
  'souligne',
  'précise',
  'a précisé',
  'indique',
  'a indiqué',
  'commente',
  'a commenté',
  'affirme',
  'a affirmé',
  'estime',
  'poursuit',
  'conclut',
  'a conclu',
  'déclare-t-il',
  'déclare-t-elle',
  'explique-t-il',
  'explique-t-elle',
  'ajoute-t-il',
  'ajoute-t-elle',
  'souligne-t-il',
  'souligne-t-elle',
  'précise-t-il',
  'précise-t-elle',
  'a-t-il déclaré',
  'a-t-elle déclaré',
  'a-t-il ajouté',
  'a-t-elle ajouté',
  'a-t-il expliqué',
  'a-t-elle expliqué',
  'a-t-il souligné',
  'a-t-elle souligné',
  'a-t-il précisé',
  'a-t-elle précisé',
].sort((a, b) => b.length - a.length);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A verb as a whole word; letters around it (\p{L}) break the match. */
const VERB = new RegExp(`(?<![\\p{L}-])(?:${VERBS.map(escape).join('|')})(?![\\p{L}])`, 'iu');
/** "According to X, “…”", "Menurut X, “…”", "Laut X „…“", "Según X, “…”", "Selon X, « … »". */
const ACCORDING = /(?<![\p{L}])(?:according to|menurut|laut|según|selon)\s+/iu;
/** "Xiaomi Lei Jun menambahkan bahwa" — Indonesian puts "bahwa" after the verb; it ends the phrase. */
const TRAILING_WORDS =
  /\s+(?:(?:am|el|le)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)|heute|hoy|today|yesterday|gestern|ayer|bahwa|dass|que|that|hinzu|pada|kepada|in|dalam|en|dans|im|on|during|durante|selama|während|pendant|lors|saat|ketika|when|wenn|cuando|lors)\b.*$/iu;

const ABBREVIATIONS = /(?:^|\s)(?:Dr|Prof|Mr|Mrs|Ms|Inc|Ltd|Corp|Co|Jr|Sr|Sra|St|Ir|Drs|Hj|H|M|Mme|S\.A|S\.L|\p{Lu})$/u;

/** The end of the sentence that starts at `from` (a ".", "!" or "?" followed by a space or the end). */
function sentenceEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit);
  for (let i = from; i < stop; i += 1) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (i + 1 < text.length && !/\s/.test(text[i + 1]!)) continue;
    if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, i - 6), i))) continue;
    return i;
  }
  return stop;
}

export interface Attribution {
  /** The phrase naming the speaker, without the verb ("Lei Jun, founder of Xiaomi", "er", ""). */
  phrase: string;
  /** The source words the attribution rests on. */
  text: string;
  side: 'after' | 'before';
}

/** The attribution after a closing mark: “…,” said X · “…,” X said · “…”, sagte er · ’ says Lei Jun. */
export function attributionAfter(text: string, after: number, nextOpen: number): Attribution | undefined {
  const limit = Math.min(nextOpen >= 0 ? nextOpen : text.length, after + WINDOW);
  let start = after;
  while (start < limit && /[\s,.:;–—-]/.test(text[start]!)) start += 1;
  if (start >= limit) return undefined;
  const end = sentenceEnd(text, start, limit - start);
  const segment = text.slice(start, end);
  const verb = VERB.exec(segment);
  if (!verb) return undefined;
  // German "so" ("…“, so Müller") only before a name or an article; elsewhere it is just "so".
  if (verb[0].toLowerCase() === 'so' && !/^\s+(?:\p{Lu}|der |die |das )/u.test(segment.slice(verb.index + 2))) return undefined;
  const beforeVerb = segment.slice(0, verb.index).trim().replace(/,$/, '');
  // "X said" — the speaker before the verb must be short (a name, with an optional role).
  if (beforeVerb && beforeVerb.split(/\s+/).length > 14) return undefined;
  const afterVerb = segment
    .slice(verb.index + verb[0].length)
    .replace(TRAILING_WORDS, '')
    .trim();
  const phrase = beforeVerb || afterVerb;
  return { phrase: phrase === beforeVerb ? beforeVerb : afterVerb, text: segment, side: 'after' };
}

/** The attribution before an opening mark: “X said: “…” · X: “…” · Menurut X, “…” · Lei Jun sagte: „…“. */
export function attributionBefore(text: string, open: number): Attribution | undefined {
  if (open <= 0) return undefined;
  const from = Math.max(0, open - WINDOW);
  let start = from;
  // The sentence that ends at the opening mark starts after the last sentence end before it.
  for (let i = open - 1; i > from; i -= 1) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!) && !ABBREVIATIONS.test(text.slice(Math.max(from, i - 7), i - 1))) {
      start = i;
      break;
    }
  }
  const segment = text.slice(start, open).trim();
  if (!/[:,]$/.test(segment) && !ACCORDING.test(segment)) return undefined;
  const body = segment.replace(/[:,]$/, '').trim();
  const according = ACCORDING.exec(body);
  if (according && according.index === 0) return { phrase: body.slice(according[0].length), text: segment, side: 'before' };
  const verb = VERB.exec(body);
  if (verb) {
    const beforeVerb = body.slice(0, verb.index).trim().replace(/,$/, '');
    const afterVerb = body
      .slice(verb.index + verb[0].length)
      .replace(TRAILING_WORDS, '')
      .trim();
    return { phrase: beforeVerb || afterVerb, text: segment, side: 'before' };
  }
  // "Lei Jun: “…”" — a bare name and a colon.
  if (segment.endsWith(':') && body.split(/\s+/).length <= 12) return { phrase: body, text: segment, side: 'before' };
  return undefined;
}

/**
 * A person named as speaking outside quotation marks, in the first sentence of a paragraph or the
 * text before its first quote: "Siti Rahmawati, Kepala Divisi UMKM, menjelaskan bahwa …",
 * "Smith added that …", "Menurut Budi, …". Pronouns in later quotes then refer to them.
 */
export function mentionBefore(text: string, end: number): string | undefined {
  const stop = Math.min(end, WINDOW);
  const sentenceStop = sentenceEnd(text, 0, stop);
  const segment = text.slice(0, sentenceStop);
  const according = ACCORDING.exec(segment);
  if (according) {
    const rest = segment.slice(according.index + according[0].length);
    const comma = rest.indexOf(',');
    return comma > 0 ? rest.slice(0, comma) : undefined;
  }
  const verb = VERB.exec(segment);
  if (!verb || verb[0].toLowerCase() === 'so') return undefined;
  const before = segment.slice(0, verb.index).trim().replace(/,$/, '');
  if (!before || before.split(/\s+/).length > 14) return undefined;
  return before;
}
