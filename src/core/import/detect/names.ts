/**
 * Person names, roles and organisations in attribution phrases, across en/id/de/es/fr:
 * "Lei Jun, Founder, Chairman and CEO of Xiaomi", "CEO Xiaomi Lei Jun", "Maria Müller,
 * Geschäftsführerin der X GmbH", "Juan Pérez, director general de Y". Token checks only (no big
 * regular expressions), so long hostile input stays linear.
 */

const TITLES = new Set(
  'dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx ir ir. drs drs. h. hj. bapak pak ibu bu sdr sdri herr frau sr sr. sra sra. srta don doña m. mme mlle dott. ing. mag. dipl.-ing. sir dame'.split(
    ' ',
  ),
);
const PARTICLES = new Set('van von de der den da di du del della dos das bin binti al el la le ten ter y e zu und'.split(' '));

/** Words that are roles, not names (lower case). */
export const ROLE_WORDS = new Set(
  (
    'senator senatorin governor mayor alcalde alcaldesa maire député députée ceo cfo coo cto cmo cio cpo cdo evp svp vp md gm pdg dg founder co-founder cofounder chairman chairwoman chair chairperson president vice ' +
    'director managing head chief officer executive manager senior general partner minister secretary spokesperson spokesman spokeswoman ' +
    'member board supervisory country regional global lead leader principal analyst professor researcher engineer designer owner ' +
    'geschäftsführer geschäftsführerin vorstand vorstandsvorsitzender vorstandsvorsitzende vorsitzender vorsitzende leiter leiterin sprecher sprecherin ' +
    'gründer gründerin inhaber inhaberin direktor direktorin präsident präsidentin bürgermeister bürgermeisterin minister ministerin ' +
    'direktur utama presiden kepala menteri ketua wakil manajer juru bicara gubernur bupati walikota sekretaris jenderal pendiri komisaris ' +
    'secretario secretaria subsecretario subsecretaria director directora presidente presidenta consejero consejera delegado delegada fundador fundadora responsable jefe jefa ministro ministra portavoz gerente ' +
    'président présidente secrétaire directeur directrice fondateur fondatrice ministre porte-parole responsable'
  ).split(' '),
);

/** Capitalised words that open sentences or name things, never people. */
const NOT_NAME = new Set(
  (
    'the a an this that these those it its our we they he she his her their and or but with for from in on at by of to as ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'media press contact contacts kontak pressekontakt email e-mail phone tel telefon telephone mobile fax web website www ' +
    'about über tentang acerca sobre notes note editor editors company group corporation inc ltd llc ag gmbh se sa plc tbk pt corp ' +
    'der die das ein eine und mit für dem den des im la el los las un una y con para del le les une et pour avec dans ' +
    'dia ia beliau mereka kami kita ini itu dan yang dengan untuk dari di ke ' +
    'global international news release today yesterday'
  ).split(' '),
);

export const LEGAL_FORMS =
  /(?:^|\s)(?:AG|GmbH|SE|KGaA|Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Co\.|S\.A\.?|S\.L\.?|SAS|S\.p\.A\.?|B\.V\.?|N\.V\.?|plc|PLC|Tbk\.?|Limited|Group|Holding|Holdings)(?=$|[\s,.;)])/;

function stripTitle(tokens: string[]): string[] {
  let i = 0;
  while (i < tokens.length - 1 && TITLES.has(tokens[i]!.toLowerCase())) i += 1;
  return tokens.slice(i);
}

/** A capitalised name token: "Lei", "Müller", "O'Neil", "Jean-Luc", "J." — not ALL-CAPS acronyms longer than 3. */
export function isNameToken(token: string): boolean {
  if (/^\p{Lu}\.$/u.test(token)) return true;
  // "Lei", "Müller", "O'Brien", "McDonald", "Jean-Luc": a capital first and at least one small letter.
  if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(token)) return false;
  const lower = token.toLowerCase();
  return !NOT_NAME.has(lower) && !isRoleWord(lower);
}

/** German compounds are roles too: "Vorstandschef", "Finanzvorständin", "Pressesprecherin". */
const ROLE_SUFFIX =
  /(?:chef|chefin|vorstand|vorständin|leiter|leiterin|sprecher|sprecherin|direktor|direktorin|geschäftsführer|geschäftsführerin|präsident|präsidentin|minister|ministerin|vorsitzender|vorsitzende|beauftragter|beauftragte|manager|managerin|officer)$/;

export function isRoleWord(token: string): boolean {
  const lower = token.toLowerCase();
  return ROLE_WORDS.has(lower) || (lower.length > 8 && ROLE_SUFFIX.test(lower));
}

/** "Lei Jun", "Dr. Andreas Kaufmann", "Maria Müller", "Juan Pérez", "Ursula von der Leyen": 2–5 tokens. */
export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60 || /[\d@:;()[\]/]/.test(t)) return false;
  const tokens = stripTitle(t.split(/\s+/));
  if (tokens.length < 2 || tokens.length > 5) return false;
  let names = 0;
  for (const [i, tok] of tokens.entries()) {
    if (isNameToken(tok)) names += 1;
    else if (!(PARTICLES.has(tok) && i > 0 && i < tokens.length - 1)) return false;
  }
  return names >= 2 && isNameToken(tokens[0]!) && isNameToken(tokens[tokens.length - 1]!);
}

/** The name without a leading title ("Dr. Andreas Kaufmann" → "Andreas Kaufmann"). */
export function cleanName(text: string): string {
  return stripTitle(
    text
      .trim()
      .replace(/[,.;:]+$/, '')
      .split(/\s+/),
  ).join(' ');
}

export interface SpeakerParts {
  name?: string;
  role?: string;
  organisation?: string;
  /** "he", "sie", "katanya", or no words at all: refers to the last speaker. */
  pronoun?: boolean;
}

const ORG_PREPOSITION = /^(?:of|at|for|der|des|bei|von|de|del|du|d'.*|di|dari|chez)$/i;
const RELATIVE = /^(?:who|which|whose|that|der|die|das|welche[rs]?|yang|que|quien|quienes|qui|dont|sementara|meanwhile)\b/i;
const PRONOUNS = new Set('he she they him her dia ia beliau er sie él ella il elle ellos lui nya'.split(' '));
const ROLE_ORG_SPLIT =
  /\s+(?:of the|of|at|bei der|bei|der|des|von|de la|de los|del|de|di|dari|chez|pada|for|für)\s+(?=[\p{Lu}\d])|\s+d'(?=\p{Lu})/u;

/** "Founder, Chairman and CEO of Xiaomi" → role "Founder, Chairman and CEO", organisation "Xiaomi". */
export function splitRole(text: string, knownOrganisations: ReadonlySet<string>): { role?: string; organisation?: string } {
  const t = text
    .trim()
    .replace(/^(?:the|der|die|das|el|la|le|sang)\s+/i, '')
    .replace(/[,.;:]+$/, '');
  if (!t) return {};
  const m = ROLE_ORG_SPLIT.exec(t);
  if (m) {
    const role = t.slice(0, m.index).trim();
    const organisation = t.slice(m.index + m[0].length).trim();
    return { ...(role ? { role } : {}), ...(organisation ? { organisation } : {}) };
  }
  // Indonesian and compact English: "CEO Xiaomi", "Direktur Utama PT Telkom Indonesia Tbk".
  const tokens = t.split(/\s+/);
  let lastRole = -1;
  for (const [i, tok] of tokens.entries()) if (isRoleWord(tok)) lastRole = i;
  if (lastRole >= 0 && lastRole < tokens.length - 1) {
    const rest = tokens.slice(lastRole + 1).join(' ');
    if (/^\p{Lu}/u.test(rest) || knownOrganisations.has(rest)) return { role: tokens.slice(0, lastRole + 1).join(' '), organisation: rest };
  }
  if (lastRole >= 0) return { role: t };
  if (knownOrganisations.has(t) || LEGAL_FORMS.test(t)) return { organisation: t };
  return tokens.length <= 8 ? { role: t } : {};
}

/**
 * A name at the end of a run of capitalised tokens after role words ("CEO Xiaomi Lei Jun"): leading
 * tokens that are known organisations or brands are the organisation, the rest the name.
 */
function nameFromRun(tokens: string[], brands: ReadonlySet<string>, lastTwo: boolean): { name: string; orgTokens: string[] } | undefined {
  let start = 0;
  // Leading words that name an organisation, a brand or a department ("Xiaomi", "Pariwisata"), or are no names.
  while (tokens.length - start > 2 && (brands.has(tokens[start]!) || !isNameToken(tokens[start]!))) start += 1;
  if (tokens.length - start > 4) start = tokens.length - 3;
  // Indonesian "kata CEO Xiaomi Lei Jun", "Menteri Keuangan Sri Mulyani": the words after the role name the
  // company or ministry first, so without other evidence the last two words are the name.
  if (lastTwo && tokens.length - start >= 3) start = tokens.length - 2;
  const name = tokens.slice(start);
  if (!name.every((t, i) => isNameToken(t) || (PARTICLES.has(t) && i > 0 && i < name.length - 1))) return undefined;
  return { name: name.join(' '), orgTokens: tokens.slice(0, start) };
}

/** How many leading tokens are name words (particles allowed between them). */
function namePrefix(tokens: string[]): number {
  let n = 0;
  while (
    n < tokens.length &&
    (isNameToken(tokens[n]!) || (n > 0 && PARTICLES.has(tokens[n]!) && tokens[n + 1] !== undefined && isNameToken(tokens[n + 1]!)))
  )
    n += 1;
  return n;
}

/** How many leading tokens are capitalised (names, brands, "PT", "Tbk"; particles between them). */
function capitalisedPrefix(tokens: string[]): number {
  let n = 0;
  while (
    n < tokens.length &&
    (/^[\p{Lu}\d]/u.test(tokens[n]!) || (n > 0 && PARTICLES.has(tokens[n]!) && /^\p{Lu}/u.test(tokens[n + 1] ?? '')))
  )
    n += 1;
  return n;
}

/**
 * Reads who speaks from an attribution phrase with the verb removed:
 * "Lei Jun, founder, chairman and CEO of Xiaomi Group" · "CEO Xiaomi Lei Jun" · "er" · "Kaufmann".
 */
export function parseSpeaker(
  phrase: string,
  knownOrganisations: ReadonlySet<string>,
  brands: ReadonlySet<string>,
  options: { lastTwoAfterRole?: boolean } = {},
): SpeakerParts | undefined {
  const p = phrase
    .trim()
    .replace(/^[,:–—-]\s*/, '')
    .replace(/[,.;:]+$/, '')
    .trim();
  if (!p) return { pronoun: true };
  const firstWord = p.split(/\s+/)[0]!.toLowerCase().replace(/[,.]$/, '');
  if (PRONOUNS.has(firstWord) || /^(?:-?t-)?(?:il|elle)$/i.test(firstWord)) return { pronoun: true };
  const parts = p.split(/\s*,\s*|\s+[–—]\s+/).filter(Boolean);
  // First a part that is a name by itself ("Lei Jun, founder of Xiaomi"; "Kepala Dinas X, Sri Wahyuni").
  for (const [i, part] of parts.entries()) {
    let tokens = stripTitle(part.split(/\s+/));
    // "Jane Smith on Monday", "Stefan Krüger am Rande": the name words, then small words.
    const prefix = namePrefix(tokens);
    if (!looksLikePersonName(tokens.join(' ')) && prefix >= 2 && /^\p{Ll}/u.test(tokens[prefix] ?? '')) tokens = tokens.slice(0, prefix);
    if (!looksLikePersonName(tokens.join(' '))) continue;
    // The role follows the name ("Lei Jun, CEO of Xiaomi") or precedes it ("CEO of Xiaomi, Lei Jun");
    // a relative clause ("who led the study…") is neither.
    const after = parts.slice(i + 1).filter((x) => !RELATIVE.test(x));
    const rest =
      after.length > 0
        ? after.join(', ')
        : parts
            .slice(0, i)
            .filter((x) => !RELATIVE.test(x))
            .join(', ');
    return { name: tokens.join(' '), ...splitRole(rest, knownOrganisations) };
  }
  for (const [i, part] of parts.entries()) {
    const tokens = stripTitle(part.split(/\s+/));
    // Role words first, then the name: "CEO Xiaomi Lei Jun", "Direktur Utama PT X Tbk Budi Santoso".
    let lastRole = -1;
    for (const [j, tok] of tokens.entries()) if (isRoleWord(tok)) lastRole = j;
    // "President and CEO of Harborline Ferries": after "of" comes the organisation, not a name.
    if (lastRole >= 0 && lastRole < tokens.length - 1 && !ORG_PREPOSITION.test(tokens[lastRole + 1]!)) {
      // The capitalised words after the role; small words after them ("am Dienstag in Karlsruhe") end the run.
      const after = tokens.slice(lastRole + 1);
      const upTo = capitalisedPrefix(after);
      const run = nameFromRun(upTo >= 1 ? after.slice(0, upTo) : after, brands, options.lastTwoAfterRole === true);
      if (run && (run.name.includes(' ') || !brands.has(run.name))) {
        const roleText = tokens
          .slice(0, lastRole + 1)
          .join(' ')
          .replace(/^(?:the|der|die|das|el|la|le|sang|o|a)\s+/i, '');
        const org = run.orgTokens.join(' ');
        const rest =
          i === 0
            ? parts
                .slice(1)
                .filter((x) => !RELATIVE.test(x))
                .join(', ')
            : '';
        const extra = rest ? splitRole(rest, knownOrganisations) : {};
        return {
          name: run.name,
          role: roleText,
          ...(org ? { organisation: org } : extra.organisation ? { organisation: extra.organisation } : {}),
        };
      }
    }
  }
  // A short reference: "Kaufmann", "Lei", "Pérez".
  // A short reference: "Kaufmann", "Lei", "Pérez", or "Schulz weiter" (a name, then small words).
  const single = stripTitle(parts[0]!.split(/\s+/));
  if (isNameToken(single[0]!) && (single.length === 1 || /^\p{Ll}/u.test(single[1]!))) return { name: single[0]! };
  return undefined;
}

/**
 * The last person named in a stretch of text without a speech verb ("Washington State Senator Karen
 * Ellis welcomed the announcement."): two or three name words right after a role word, or opening a
 * sentence and followed by a small word. Pronouns in a quote after it refer to them.
 */
export function lastNamedPerson(text: string): string | undefined {
  const tokens = text.slice(-400).split(/\s+/).filter(Boolean);
  let found: string | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const prev = tokens[i - 1];
    const afterRole = prev !== undefined && isRoleWord(prev.replace(/[,.]$/, ''));
    const sentenceStart = prev === undefined || /[.!?]$/.test(prev);
    if (!afterRole && !sentenceStart) continue;
    let j = i;
    while (j < tokens.length && j - i < 3 && isNameToken(tokens[j]!.replace(/[,.;:]$/, ''))) {
      j += 1;
      if (/[,.;:]$/.test(tokens[j - 1]!)) break;
    }
    if (j - i < 2) continue;
    const next = tokens[j];
    if (afterRole || (next !== undefined && /^\p{Ll}/u.test(next)))
      found = tokens
        .slice(i, j)
        .join(' ')
        .replace(/[,.;:]$/, '');
  }
  return found;
}
