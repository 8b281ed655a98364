import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ImportDraft } from '../../../../src/shared/model/import-draft';
import type { ExtractedSource } from '../../../../src/core/import/extracted';
import { readHtml } from '../../../../src/core/import/readers/html';
import { readMarkdown } from '../../../../src/core/import/readers/markdown';
import { readText } from '../../../../src/core/import/readers/text';
import { sourceFromText } from './split-text';

/** What a corpus file's author wrote down as its true structure. */
export interface Expected {
  /** A file elsewhere (the shared seed), relative to the .expected.json. */
  file?: string;
  headline: string | null;
  subhead?: string | null;
  date: string | null;
  place: string | null;
  embargo?: string;
  quotes: Array<{ text: string; speaker: string }>;
  about: string[];
  emails: string[];
}

export interface CorpusCase {
  name: string;
  language: string;
  file: string;
  expected: Expected;
}

export const FIELDS = ['headline', 'date', 'place', 'quotes', 'about', 'emails'] as const;
export type Field = (typeof FIELDS)[number];

/** Per field: detections made, detections right, and true items expected. */
export type Tally = Record<Field, { found: number; right: number; expected: number }>;

export function emptyTally(): Tally {
  return Object.fromEntries(FIELDS.map((f) => [f, { found: 0, right: 0, expected: 0 }])) as Tally;
}

/** Every `<name>.expected.json` under a corpus folder (one folder per language). */
export function loadCorpus(root: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const language of readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('holdout'))
    .map((d) => d.name)
    .sort()) {
    const dir = join(root, language);
    for (const entry of readdirSync(dir)
      .filter((f) => f.endsWith('.expected.json'))
      .sort()) {
      const expected = JSON.parse(readFileSync(join(dir, entry), 'utf8')) as Expected;
      const name = entry.replace(/\.expected\.json$/, '');
      const file = expected.file
        ? resolve(dir, expected.file)
        : join(
            dir,
            readdirSync(dir).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.expected.json'))!,
          );
      if (existsSync(file)) cases.push({ name, language, file, expected });
    }
  }
  return cases;
}

/** The real readers (text, Markdown, HTML), as the importer runs them. */
export function readCase(file: string): ExtractedSource {
  const bytes = new Uint8Array(readFileSync(file));
  if (file.endsWith('.md')) return readMarkdown(file, bytes);
  if (file.endsWith('.html')) return readHtml(file, bytes);
  const source = readText(file, bytes);
  // A text without any blank line (the seed: one paragraph per line) reads as one block in the
  // text reader as it is today; then read it line by line, as the detector needs.
  if (source.blocks.length <= 1 && !/\n\s*\n/.test(readFileSync(file, 'utf8'))) return sourceFromText(readFileSync(file, 'utf8'), file);
  return source;
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const firstPart = (s: string): string => norm(s).split(/\s*[,(]\s*/)[0]!;

function count(t: Tally, field: Field, found: boolean, right: boolean, expected: boolean): void {
  if (found) t[field].found += 1;
  if (found && right) t[field].right += 1;
  if (expected) t[field].expected += 1;
}

/** The release document of a draft (the last one when a page around it was split off). */
function release(draft: ImportDraft) {
  return draft.documents.find((d) => d.kind === 'release') ?? draft.documents[0]!;
}

/** Scores one draft against its expectations; returns the misses for the report. */
export function score(draft: ImportDraft, expected: Expected, tally: Tally): string[] {
  const misses: string[] = [];
  const doc = release(draft);
  const check = (field: Field, got: string | undefined, want: string | null, same: (a: string, b: string) => boolean) => {
    const right = got !== undefined && want !== null && same(got, want);
    count(tally, field, got !== undefined, right, want !== null);
    if (!right && (got !== undefined || want !== null))
      misses.push(`${field}: got ${JSON.stringify(got ?? null)}, want ${JSON.stringify(want)}`);
  };
  check('headline', doc.headline?.value, expected.headline, (a, b) => norm(a) === norm(b));
  check('date', draft.date?.value, expected.date, (a, b) => a === b);
  check('place', doc.dateline?.value.place, expected.place, (a, b) => firstPart(a) === firstPart(b));

  const name = (id: string | null) => draft.people.find((p) => p.id === id)?.name ?? '';
  // The speaker's full name as written, titles ("Dr.", "Prof.") aside.
  const bare = (s: string) => norm(s).replace(/^(?:dr\.?|prof\.?|professor) /, '');
  const speakerMatches = (got: string, want: string) => got !== '' && bare(got) === bare(want);
  const matched = new Set<number>();
  for (const q of expected.quotes) {
    const i = draft.quotes.findIndex((d, k) => !matched.has(k) && norm(d.text).includes(norm(q.text)));
    if (i >= 0) matched.add(i);
    const right = i >= 0 && speakerMatches(name(draft.quotes[i]!.speakerId), q.speaker);
    tally.quotes.expected += 1;
    if (right) tally.quotes.right += 1;
    if (!right)
      misses.push(
        `quote "${q.text}": ${i < 0 ? 'not found' : `speaker ${JSON.stringify(name(draft.quotes[i]!.speakerId))}`}, want ${q.speaker}`,
      );
  }
  tally.quotes.found += draft.quotes.length;
  for (const [k, d] of draft.quotes.entries())
    if (!matched.has(k)) misses.push(`extra quote "${d.text.slice(0, 60)}" (${name(d.speakerId) || 'no speaker'})`);

  const abouts = [
    ...new Set(
      draft.documents
        .flatMap((d) => d.blocks)
        .filter((b) => b.reason?.startsWith('About section: '))
        .map((b) => b.reason!.slice('About section: '.length)),
    ),
  ];
  const wantAbout = expected.about.map(norm);
  tally.about.found += abouts.length;
  tally.about.expected += wantAbout.length;
  for (const a of abouts) {
    if (wantAbout.includes(norm(a))) tally.about.right += 1;
    else misses.push(`extra About "${a}"`);
  }
  for (const a of wantAbout) if (!abouts.map(norm).includes(a)) misses.push(`About "${a}" not found`);

  const emails = draft.contacts.map((c) => c.email).filter((e): e is string => !!e);
  tally.emails.found += emails.length;
  tally.emails.expected += expected.emails.length;
  for (const e of emails) {
    if (expected.emails.includes(e)) tally.emails.right += 1;
    else misses.push(`extra e-mail ${e}`);
  }
  for (const e of expected.emails) if (!emails.includes(e)) misses.push(`e-mail ${e} not found`);
  if (expected.embargo !== undefined && draft.embargo?.value !== expected.embargo)
    misses.push(`embargo: got ${draft.embargo?.value}, want ${expected.embargo}`);
  return misses;
}

export function ratio(right: number, total: number): number {
  return total === 0 ? 1 : right / total;
}

/** "headline P 100% R 100% · date …" for one tally. */
export function formatTally(t: Tally): string {
  return FIELDS.map(
    (f) => `${f} P ${Math.round(ratio(t[f].right, t[f].found) * 100)}% R ${Math.round(ratio(t[f].right, t[f].expected) * 100)}%`,
  ).join(' · ');
}

export const CORPUS_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../corpus');
