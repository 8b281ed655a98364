import MarkdownIt, { type Token } from 'markdown-it';
import { BLOCK_SEPARATOR, type Block, type BlockImage, type BlockKind, type InlineRun } from '../model/document';

// Raw HTML is off: a bundle's Markdown can never inject markup into the reader or the PDF.
const md = MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_LINK = /^(https?:|mailto:)/i;

interface Marks {
  strong: number;
  emphasis: number;
  href: string | undefined;
}

/**
 * Parses Markdown into flat blocks whose offsets index the document's plain text. Pure: the loader
 * uses it for bundle documents, the renderer for annotation notes.
 */
export function parseMarkdown(source: string): { blocks: Block[]; text: string } {
  const tokens = md.parse(source, {});
  const blocks: Block[] = [];
  let text = '';
  const containers: string[] = [];
  // The number of the current item of each open list, innermost last (undefined: a bullet list).
  const ordinals: (number | undefined)[] = [];

  const push = (kind: BlockKind, children: readonly Token[], level?: number) => {
    const start = text.length === 0 ? 0 : text.length + BLOCK_SEPARATOR.length;
    const images: BlockImage[] = [];
    const inlines = inlineRuns(children, start, images);
    const blockText = inlines.map((r) => r.text).join('');
    if (blockText.length === 0) return;
    if (text.length > 0) text += BLOCK_SEPARATOR;
    text += blockText;
    const block: Block = { kind, start, end: start + blockText.length, text: blockText, inlines };
    if (level !== undefined) block.level = level;
    const ordinal = ordinals.at(-1);
    if (kind === 'listItem' && ordinal !== undefined) block.ordinal = ordinal;
    if (kind === 'listItem') block.depth = ordinals.length;
    if (images.length) block.images = images;
    blocks.push(block);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'blockquote_open':
        containers.push(t.type);
        break;
      case 'bullet_list_open':
        containers.push(t.type);
        ordinals.push(undefined);
        break;
      case 'ordered_list_open':
        containers.push(t.type);
        ordinals.push(Number(t.attrGet('start') ?? 1) - 1);
        break;
      case 'blockquote_close':
        containers.pop();
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        containers.pop();
        ordinals.pop();
        break;
      case 'list_item_open': {
        const current = ordinals.at(-1);
        if (current !== undefined) ordinals[ordinals.length - 1] = current + 1;
        break;
      }
      case 'heading_open': {
        const inline = tokens[i + 1];
        push('heading', inline?.children ?? [], Number(t.tag.slice(1)));
        i += 2;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const inList = containers.some((c) => c.endsWith('list_open'));
        const inQuote = containers.includes('blockquote_open');
        push(inList ? 'listItem' : inQuote ? 'blockquote' : 'paragraph', inline?.children ?? []);
        i += 2;
        break;
      }
      case 'fence':
      case 'code_block': {
        push('code', [tokenLike(t, 'text', t.content.replace(/\n$/, ''))]);
        break;
      }
      case 'tr_open': {
        // A table row is one paragraph, its cells joined by " | " (header cells bold): a fact sheet's
        // table is read, searched, annotated and exported like any other text instead of vanishing.
        const children: Token[] = [];
        let cells = 0;
        for (i++; i < tokens.length && tokens[i]!.type !== 'tr_close'; i++) {
          const cell = tokens[i]!;
          if (cell.type !== 'th_open' && cell.type !== 'td_open') continue;
          if (cells++ > 0) children.push(tokenLike(cell, 'text', ' | '));
          const header = cell.type === 'th_open';
          if (header) children.push(tokenLike(cell, 'strong_open', ''));
          children.push(...(tokens[i + 1]?.type === 'inline' ? (tokens[i + 1]!.children ?? []) : []));
          if (header) children.push(tokenLike(cell, 'strong_close', ''));
        }
        push('paragraph', children);
        break;
      }
      default:
        break;
    }
  }
  return { blocks, text };
}

/** A synthetic token of the parser's own class (markdown-it exposes no constructor on its types). */
function tokenLike(like: Token, type: string, content: string): Token {
  return Object.assign(Object.create(Object.getPrototypeOf(like)) as Token, { type, content, children: null });
}

function altText(image: Token): string {
  const children = image.children ?? [];
  if (!children.length) return image.content;
  return children
    .map((t) => (t.type === 'image' ? altText(t) : t.type === 'softbreak' || t.type === 'hardbreak' ? '\n' : t.content))
    .join('');
}

function inlineRuns(children: readonly Token[], offset: number, images: BlockImage[] = []): InlineRun[] {
  const runs: InlineRun[] = [];
  const marks: Marks = { strong: 0, emphasis: 0, href: undefined };
  let pos = offset;
  const emit = (content: string, code = false) => {
    if (!content) return;
    const run: InlineRun = { start: pos, end: pos + content.length, text: content };
    if (marks.strong) run.strong = true;
    if (marks.emphasis) run.emphasis = true;
    if (code) run.code = true;
    if (marks.href) run.href = marks.href;
    const prev = runs.at(-1);
    // Merge adjacent runs with identical marks so renderers draw fewer pieces.
    if (prev && !code && !prev.code && prev.strong === run.strong && prev.emphasis === run.emphasis && prev.href === run.href) {
      prev.text += content;
      prev.end = run.end;
    } else {
      runs.push(run);
    }
    pos += content.length;
  };
  for (const c of children) {
    switch (c.type) {
      case 'text':
        emit(c.content);
        break;
      // A soft break is where the author wrapped a line: Markdown renders it as a space, so the plain
      // text says " " too and a quote copied from the rendered text matches a hard-wrapped source.
      // Same length as "\n", so offsets do not move. A hard break ("  " or "\\" at a line end) stays "\n".
      case 'softbreak':
        emit(' ');
        break;
      case 'hardbreak':
        emit('\n');
        break;
      case 'code_inline':
        emit(c.content, true);
        break;
      case 'strong_open':
        marks.strong++;
        break;
      case 'strong_close':
        marks.strong--;
        break;
      case 'em_open':
        marks.emphasis++;
        break;
      case 'em_close':
        marks.emphasis--;
        break;
      case 'link_open': {
        const href = String(c.attrGet('href') ?? '');
        marks.href = SAFE_LINK.test(href) ? href : undefined;
        break;
      }
      case 'link_close':
        marks.href = undefined;
        break;
      case 'image': {
        // The alt text stands for the image in the plain text; where it sits says where the image goes.
        // The alt text as markdown-it renders it (escapes resolved, emphasis marks dropped), not its source.
        const alt = altText(c);
        const start = pos;
        emit(alt);
        const image: BlockImage = { src: String(c.attrGet('src') ?? ''), alt, start, end: pos };
        const title = c.attrGet('title');
        if (title) image.title = String(title);
        images.push(image);
        break;
      }
      default:
        if (c.content) emit(c.content);
    }
  }
  return runs;
}
