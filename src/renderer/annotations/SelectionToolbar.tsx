import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColourKey } from '../../shared/model/annotation';
import { pressed } from '../app/shortcuts';
import { useReader } from '../reader/reader-context';
import { READER_ELEMENT_ID } from '../reader/ReaderView';
import { selectionRange, type TextRange } from '../reader/selection';
import { HIGHLIGHT_SHORTCUT } from './annotation-shortcuts';
import { PANEL_CLASS } from './annotation-view';
import { highlightCard } from './card-state';
import { caretInto, selectCurrentFindMatch } from './selection-moves';
import { annotationsStore, useAnnotations } from './store';
import { useColours } from './useColours';

interface Placed {
  range: TextRange;
  rect: { top: number; bottom: number; left: number; width: number };
}

const MARGIN = 8;

/** The toolbar's buttons: highlight in the last colour, annotate (highlight and open its card), or one colour. */
type ToolbarItem = 'highlight' | 'annotate' | ColourKey;

/** The reader's current selection, when it lies inside one document and is on screen. */
function readSelection(textOf: (id: string) => string | undefined): Placed | null {
  const selection = window.getSelection();
  const range = selectionRange(selection, textOf);
  if (!range || !selection) return null;
  const r = selection.getRangeAt(0).getBoundingClientRect();
  if (r.bottom < 0 || r.top > window.innerHeight || (r.width === 0 && r.height === 0)) return null;
  return { range, rect: { top: r.top, bottom: r.bottom, left: r.left, width: r.width } };
}

interface ReaderSelection {
  placed: Placed | null;
  /** The toolbar's element: pressing the mouse on it does not hide it. */
  setToolbar(el: HTMLElement | null): void;
  /** Reads the selection now rather than on the next frame (a shortcut pressed right after selecting). */
  readNow(): Placed | null;
}

/** Follows the selection in the reader: while the mouse is down nothing shows; after, the toolbar sits above (or below) it. */
function useReaderSelection(): ReaderSelection {
  const { bundle } = useReader();
  const [placed, setPlaced] = useState<Placed | null>(null);
  const toolbar = useRef<HTMLElement | null>(null);
  const texts = useMemo(() => new Map(bundle.documents.map((d) => [d.id, d.text])), [bundle]);
  useEffect(() => {
    let pointerDown = false;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!pointerDown) setPlaced(readSelection((id) => texts.get(id)));
      });
    };
    const down = (e: PointerEvent) => {
      if (toolbar.current?.contains(e.target as Node)) return;
      pointerDown = true;
      setPlaced(null);
    };
    const up = () => {
      pointerDown = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [texts]);
  const setToolbar = useCallback((el: HTMLElement | null) => {
    toolbar.current = el;
  }, []);
  const readNow = useCallback(() => {
    const now = readSelection((id) => texts.get(id));
    setPlaced(now);
    return now;
  }, [texts]);
  return { placed, setToolbar, readNow };
}

/** Above the selection, or below it when there is no room; always inside the window. */
function place(el: HTMLElement, rect: Placed['rect']): void {
  const { offsetWidth: width, offsetHeight: height } = el;
  const above = rect.top - height - MARGIN;
  const top = above >= MARGIN ? above : Math.min(rect.bottom + MARGIN, window.innerHeight - height - MARGIN);
  const left = Math.max(MARGIN, Math.min(rect.left + rect.width / 2 - width / 2, window.innerWidth - width - MARGIN));
  el.style.top = `${top}px`;
  el.style.left = `${left}px`;
}

/**
 * The colours offered over a selection in the reader: a toolbar of labelled swatches. Mouse: click one.
 * Keyboard: Ctrl/⌘+Shift+H focuses it, arrows choose, Enter highlights, Esc goes back to the text.
 */
export function SelectionToolbar() {
  const { t } = useTranslation();
  const { colours } = useColours();
  const { lastColour } = useAnnotations();
  const { placed, setToolbar: setToolbarNode, readNow } = useReaderSelection();
  const node = useRef<HTMLDivElement | null>(null);
  const focusWanted = useRef(false);
  // The colour with the tab stop: the one last moved to, else the last one used.
  const [chosen, setChosen] = useState<{ key: ToolbarItem; last: ColourKey } | null>(null);
  const active: ToolbarItem = chosen && chosen.last === lastColour ? chosen.key : lastColour;
  const setActive = (key: ToolbarItem) => setChosen({ key, last: lastColour });
  const items: ToolbarItem[] = ['highlight', 'annotate', ...colours.map((c) => c.key)];

  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      node.current = el;
      setToolbarNode(el);
    },
    [setToolbarNode],
  );
  useLayoutEffect(() => {
    const el = node.current;
    if (!el || !placed) return;
    place(el, placed.rect);
    if (focusWanted.current) el.querySelector<HTMLButtonElement>('[tabindex="0"]')?.focus();
    focusWanted.current = false;
  }, [placed]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!pressed(event, HIGHLIGHT_SHORTCUT)) return;
      event.preventDefault();
      // No selection: the current find match is selected instead, so find → highlight needs no mouse.
      if (!readNow()) selectCurrentFindMatch();
      // Focus moves to the toolbar once it is drawn over the selection as it is now.
      focusWanted.current = readNow() !== null;
      if (!focusWanted.current) annotationsStore.say({ key: 'annotations.status.selectFirst' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readNow]);

  if (!placed) return null;

  const highlight = async (colour: ColourKey, annotate = false) => {
    const viaKeyboard = node.current?.contains(document.activeElement) ?? false;
    const id = await annotationsStore.create(placed.range, colour, viaKeyboard && !annotate);
    if (!id) return;
    window.getSelection()?.removeAllRanges();
    if (annotate) {
      // Colour, note and tags in the same gesture: the new highlight's card opens, its note focused.
      highlightCard.open(id, viaKeyboard);
      return;
    }
    // With the panel closed (or showing the timeline) there is no list item to go to: back to the text,
    // the caret in the new highlight (Enter opens its card).
    if (!document.querySelector(`.${PANEL_CLASS}`)) {
      annotationsStore.clearNew();
      if (viaKeyboard) caretInto(placed.range);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = items.indexOf(active);
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let next: number | null = null;
    if (move !== undefined) next = (i + move + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      document.getElementById(READER_ELEMENT_ID)?.focus({ preventScroll: true });
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setActive(items[next]!);
    node.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={t('annotations.toolbar.label')}
      aria-orientation="horizontal"
      className="selection-toolbar"
      onKeyDown={onKeyDown}
      // Keep the selection: a click on a colour must not collapse it before it is read.
      onMouseDown={(e) => e.preventDefault()}
    >
      <button
        type="button"
        className="selection-toolbar__action"
        tabIndex={active === 'highlight' ? 0 : -1}
        onFocus={() => setActive('highlight')}
        onClick={() => void highlight(lastColour)}
        aria-keyshortcuts="Control+Shift+H"
      >
        <span className={`swatch swatch--${lastColour}`} aria-hidden="true" />
        {t('readerArea.highlight')}
      </button>
      <button
        type="button"
        className="selection-toolbar__action"
        tabIndex={active === 'annotate' ? 0 : -1}
        onFocus={() => setActive('annotate')}
        onClick={() => void highlight(lastColour, true)}
        title={t('readerArea.annotateHint')}
      >
        {t('readerArea.annotate')}
      </button>
      {colours.map((c) => (
        <button
          key={c.key}
          type="button"
          className="selection-toolbar__colour"
          tabIndex={c.key === active ? 0 : -1}
          onFocus={() => setActive(c.key)}
          onClick={() => void highlight(c.key)}
        >
          <span className={`swatch swatch--${c.key}`} aria-hidden="true" />
          {c.label}
        </button>
      ))}
    </div>
  );
}
