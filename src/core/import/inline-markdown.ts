import { parseMarkdown } from '../../shared/text/markdown';

/** A piece of inline text with the marks the bundle keeps (emphasis, strong, http(s)/mailto links). */
export interface InlineRun {
  text: string;
  strong?: boolean;
  emphasis?: boolean;
  href?: string;
}

/**
 * The block text the bundle can hold verbatim: Markdown trims each line and ends a paragraph at a
 * blank line, so lines are trimmed, empty ones dropped, and control characters other than line
 * breaks and tabs removed (they never render).
 */
export function normaliseBlockText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Escapes text so Markdown shows it as is: every character that could start markup is escaped, and
 * line-start markers (list, heading, setext underline) too. A line break becomes a hard break.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>~|&]/g, '\\$&')
        .replace(/(^|\s)#/g, '$1\\#')
        .replace(/^([+\-=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\\\n');
}

const SAFE_HREF = /^(https?:|mailto:)/i;

/** Runs to { text, markdown } whose Markdown renders to exactly that text (checked; plain escaped text when not). */
export function runsToBlock(runs: readonly InlineRun[]): { text: string; markdown: string } {
  const text = normaliseBlockText(runs.map((r) => r.text).join(''));
  const plain = escapeMarkdown(text);
  if (!runs.some((r) => r.strong || r.emphasis || (r.href && SAFE_HREF.test(r.href)))) return { text, markdown: plain };
  const marked = joinMarked(runs);
  // Emphasis delimiters depend on their neighbours (CommonMark flanking rules): keep the marks only
  // when the result still reads as the same text, else the plain text is written.
  return plainTextOf(marked) === text ? { text, markdown: marked } : { text, markdown: plain };
}

function joinMarked(runs: readonly InlineRun[]): string {
  // Escaping per run, then joining: the text with line breaks is normalised once as a whole.
  const out: string[] = [];
  for (const run of runs) {
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
    const [, lead, core, trail] = m as unknown as [string, string, string, string];
    if (!core) {
      out.push(run.text);
      continue;
    }
    let md = core.replace(/[\\`*_[\]<>~|&]/g, '\\$&');
    if (run.href && SAFE_HREF.test(run.href) && !/[\s<>]/.test(run.href)) md = `[${md}](<${run.href}>)`;
    if (run.strong) md = `**${md}**`;
    if (run.emphasis) md = `*${md}*`;
    out.push(lead + md + trail);
  }
  const joined = normaliseBlockText(out.join(''));
  return joined
    .split('\n')
    .map((line) =>
      line
        .replace(/(^|\s)#/g, '$1\\#')
        .replace(/^([+\-=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\\\n');
}

/** The plain text the bundle loader reads from one paragraph of Markdown. */
export function plainTextOf(markdown: string): string {
  return parseMarkdown(markdown).text;
}
