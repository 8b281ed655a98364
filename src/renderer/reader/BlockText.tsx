import type { MouseEvent, ReactNode } from 'react';
import type { Block } from '../../shared/model/document';
import { segmentRuns, type Decoration } from '../../shared/text/segments';
import { api } from '../api/client';

/** Links never navigate the app: main checks the URL and hands http(s) to the system browser. */
function openLink(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  event.preventDefault();
  void api.openExternal({ url: href });
}

/**
 * A block's text as spans that each carry their offset in the document text (data-offset), so a
 * selection maps back to exact offsets and decorations (dateline, highlights, matches) line up.
 */
export function BlockText({ block, decorations }: { block: Block; decorations: readonly Decoration[] }): ReactNode {
  return segmentRuns(block.inlines, decorations).map((seg) => {
    const classes = [seg.run.strong && 'strong', seg.run.emphasis && 'em', seg.run.code && 'code', ...seg.decorations.map((d) => d.className)]
      .filter(Boolean)
      .join(' ');
    const keyed = seg.decorations.find((d) => d.key);
    const span = (
      <span key={seg.start} data-offset={seg.start} className={classes || undefined} data-key={keyed?.key}>
        {seg.text}
      </span>
    );
    const href = seg.run.href;
    if (!href) return span;
    return (
      <a key={seg.start} href={href} onClick={(e) => openLink(e, href)} rel="noreferrer noopener">
        {span}
      </a>
    );
  });
}
