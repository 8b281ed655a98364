import type { ReactNode } from 'react';
import type { Block, InlineRun } from '../../shared/model/document';
import { segmentRuns, type Decoration, type Segment } from '../../shared/text/segments';
import { openLink } from '../app/open-link';
import { FIRST_MENTION_CLASS } from './fixed-decorations';
import { whoIsWhoId } from './MentionCard';

const HTTP_LINK = /^https?:/i;

/**
 * A block's text as spans that each carry their offset in the document text (data-offset), so a
 * selection maps back to exact offsets and decorations (dateline, mentions, highlights, matches) line up.
 * Only http(s) links are links; any other target (mailto: and the like) is shown as plain text.
 */
export function BlockText({ block, decorations }: { block: Block; decorations: readonly Decoration[] }): ReactNode {
  const out: ReactNode[] = [];
  let link: { run: InlineRun; spans: ReactNode[] } | null = null;
  const closeLink = () => {
    if (!link) return;
    const href = link.run.href!;
    // One <a> per link, however many pieces decorations cut it into.
    out.push(
      <a key={`link-${link.run.start}`} href={href} onClick={(e) => void openLink(e, href)} rel="noreferrer noopener">
        {link.spans}
      </a>,
    );
    link = null;
  };
  for (const seg of segmentRuns(block.inlines, decorations)) {
    const span = segmentSpan(seg);
    const isLink = seg.run.href !== undefined && HTTP_LINK.test(seg.run.href);
    if (link && link.run !== seg.run) closeLink();
    if (!isLink) out.push(span);
    else if (link) link.spans.push(span);
    else link = { run: seg.run, spans: [span] };
  }
  closeLink();
  return out;
}

/** One piece of text with its offset, marks and decorations. */
function segmentSpan(seg: Segment): ReactNode {
  const classes = [seg.run.strong && 'strong', seg.run.emphasis && 'em', seg.run.code && 'code', ...seg.decorations.map((d) => d.className)]
    .filter(Boolean)
    .join(' ');
  const keyed = seg.decorations.find((d) => d.key);
  const mention = seg.decorations.find((d) => d.mention);
  // The first mention of someone in a document is a tab stop; every mention shows the card on hover.
  const focusable = mention !== undefined && mention.start === seg.start && mention.className.includes(FIRST_MENTION_CLASS);
  return (
    <span
      key={seg.start}
      data-offset={seg.start}
      className={classes || undefined}
      data-key={keyed?.key}
      data-mention={mention?.mention}
      tabIndex={focusable ? 0 : undefined}
      aria-describedby={mention?.mention ? whoIsWhoId(mention.mention) : undefined}
    >
      {seg.text}
    </span>
  );
}
