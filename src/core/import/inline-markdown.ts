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
  const block = runsToMarkdown(runs);
  return {
    text: block.text,
    markdown: block.marked !== undefined && plainTextOf(block.marked) === block.text ? block.marked : block.plain,
  };
}

/**
 * Runs to text, its escaped plain Markdown, and (when the runs carry marks) Markdown with the marks,
 * still to be checked: emphasis delimiters depend on their neighbours (CommonMark flanking rules),
 * so the marks are kept only when the result reads as the same text (see keepCheckedMarks).
 */
export function runsToMarkdown(runs: readonly InlineRun[]): { text: string; plain: string; marked?: string } {
  const text = normaliseBlockText(runs.map((r) => r.text).join(''));
  const plain = escapeMarkdown(text);
  if (!runs.some((r) => r.strong || r.emphasis || (r.href && SAFE_HREF.test(r.href)))) return { text, plain };
  return { text, plain, marked: joinMarked(runs) };
}

/**
 * Chooses each block's Markdown: the marked one where it reads back as the block's text, else the
 * plain one. Checked in one parse of all blocks (a page may have thousands of links), and block by
 * block only when that parse disagrees.
 */
export function keepCheckedMarks(blocks: readonly { text: string; plain: string; marked?: string }[]): string[] {
  const marked = blocks.filter((b) => b.marked !== undefined);
  const together = parseMarkdown(marked.map((b) => b.marked).join('\n\n')).blocks.map((b) => b.text);
  const allRight = together.length === marked.length && marked.every((b, i) => together[i] === b.text);
  return blocks.map((b) => (b.marked !== undefined && (allRight || plainTextOf(b.marked) === b.text) ? b.marked : b.plain));
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
