import { useMemo } from 'react';
import { parseMarkdown } from '../../shared/text/markdown';
import { BlockText } from '../reader/BlockText';
import { noteParts } from './annotation-view';

const NONE = [] as const;

/**
 * A note's simple Markdown as React elements: the bundle's own parser (no raw HTML; only http(s)
 * links are links, opened through the host like the reader's), drawn with the reader's BlockText.
 */
export function NoteView({ note }: { note: string }) {
  const parts = useMemo(() => noteParts(parseMarkdown(note).blocks), [note]);
  return (
    <div className="annotation-note">
      {parts.map((part) => {
        if (part.kind === 'list') {
          const List = part.ordered ? 'ol' : 'ul';
          return (
            <List key={part.items[0]!.start} start={part.ordered ? part.items[0]!.ordinal : undefined}>
              {part.items.map((item) => (
                <li key={item.start}>
                  <BlockText block={item} decorations={NONE} />
                </li>
              ))}
            </List>
          );
        }
        const { block } = part;
        const text = <BlockText block={block} decorations={NONE} />;
        if (block.kind === 'blockquote') return <blockquote key={block.start}>{text}</blockquote>;
        if (block.kind === 'code') return <pre key={block.start}>{text}</pre>;
        if (block.kind === 'heading')
          return (
            <p key={block.start} className="annotation-note__heading">
              {text}
            </p>
          );
        return <p key={block.start}>{text}</p>;
      })}
    </div>
  );
}
