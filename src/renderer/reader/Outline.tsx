import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageBadge } from './LanguageBadge';
import { useOutlineItems } from './outline-hooks';
import { jumpTo, useReadingPosition, type OutlineItem } from './reading-position';

/** Moves focus between the outline's links with the arrow keys, Home and End. */
function onOutlineKey(event: KeyboardEvent<HTMLElement>): void {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
  if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
}

/** The bundle's documents and the sections inside them; follows the scroll position and jumps on click or Enter. */
export function Outline({ id, onJump }: { id?: string; onJump?(): void }) {
  const { t } = useTranslation();
  const position = useReadingPosition();
  const items = useOutlineItems();
  const nav = useRef<HTMLElement>(null);

  // Keep the current entry in sight when the reader scrolls far.
  useEffect(() => {
    nav.current?.querySelector('[aria-current="location"]')?.scrollIntoView({ block: 'nearest' });
  }, [position.targetId]);

  const go = (event: MouseEvent, item: OutlineItem) => {
    event.preventDefault();
    jumpTo(item);
    onJump?.();
  };
  return (
    <nav className="outline" id={id} aria-label={t('outline.label')} ref={nav} onKeyDown={onOutlineKey}>
      <h2 className="outline__title">{t('outline.title')}</h2>
      <ol>
        {items.map((item) => (
          <li
            key={item.targetId}
            className={`outline__item outline__item--depth-${Math.min(item.depth, 3)}${item.depth === 0 && item.documentId === position.documentId ? ' outline__item--reading' : ''}`}
          >
            <a
              href={`#${item.targetId}`}
              aria-current={position.targetId === item.targetId ? 'location' : undefined}
              onClick={(e) => go(e, item)}
              lang={item.language}
            >
              <span className="outline__label">{item.label}</span>
              {item.depth === 0 && item.language && <LanguageBadge language={item.language} />}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
