import type { Page } from 'playwright-core';

/** Layout measurements for the reading column, taken in the page (CSS pixels). */

/** How many characters of the release's first paragraph fit on one line: its width over the average width of its own characters. */
export function charactersPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('article[data-document-id="release"] .document__body > p:not(.document__subhead)')!;
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = p.textContent!.slice(0, 200);
    p.append(probe);
    const average = probe.getBoundingClientRect().width / probe.textContent.length;
    probe.remove();
    const style = getComputedStyle(p);
    return (p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / average;
  });
}

/** Horizontal overflow of the page and of the reading column (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<{ page: number; reader: number }> {
  return page.evaluate(() => {
    const reader = document.getElementById('reader')!;
    return {
      page: document.scrollingElement!.scrollWidth - window.innerWidth,
      reader: reader.scrollWidth - reader.clientWidth,
    };
  });
}

/**
 * What is drawn over the first paragraphs of the text: for a grid of points over each visible line box,
 * the element hit must be inside the paragraph. Returns a description of every point that is covered.
 */
export function coveredTextPoints(page: Page, documentId = 'article'): Promise<string[]> {
  return page.evaluate((id) => {
    const covered: string[] = [];
    const paragraphs = [...document.querySelectorAll<HTMLElement>(`article[data-document-id="${id}"] .document__body > p`)].slice(0, 4);
    const reader = document.getElementById('reader')!.getBoundingClientRect();
    let checked = 0;
    for (const p of paragraphs) {
      // The line boxes of its text (a block's own getClientRects is one box for all its lines).
      const range = document.createRange();
      range.selectNodeContents(p);
      for (const line of range.getClientRects()) {
        if (line.width < 24) continue;
        if (line.top < reader.top || line.bottom > Math.min(reader.bottom, window.innerHeight)) continue;
        for (const fx of [0.02, 0.5, 0.98]) {
          const x = line.left + line.width * fx;
          const y = line.top + line.height / 2;
          const hit = document.elementFromPoint(x, y);
          checked++;
          if (!hit || !p.contains(hit)) covered.push(`(${Math.round(x)}, ${Math.round(y)}) under ${hit?.className || hit?.tagName}`);
        }
      }
    }
    // A check of nothing proves nothing: some text must be on screen.
    return checked > 0 ? covered : ['no line of text on screen'];
  }, documentId);
}

/** How many lines of a document's paragraphs lie wholly inside the reading column's visible part (distinct line tops). */
export function visibleTextLines(page: Page, documentId: string): Promise<number> {
  return page.evaluate((id) => {
    const reader = document.getElementById('reader')!.getBoundingClientRect();
    const bottom = Math.min(reader.bottom, window.innerHeight);
    const lines = new Set<string>();
    for (const p of document.querySelectorAll(`article[data-document-id="${id}"] .document__body > p`)) {
      const range = document.createRange();
      range.selectNodeContents(p);
      for (const line of range.getClientRects())
        if (line.width > 24 && line.top >= reader.top && line.bottom <= bottom) lines.add(String(Math.round(line.top)));
    }
    return lines.size;
  }, documentId);
}

/** Do two elements' boxes intersect? (false when either is absent) */
export function boxesIntersect(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([sa, sb]) => {
      const ea = document.querySelector(sa);
      const eb = document.querySelector(sb);
      if (!ea || !eb) return false;
      const r = ea.getBoundingClientRect();
      const s = eb.getBoundingClientRect();
      return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
    },
    [a, b] as const,
  );
}

export const expanded = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Side panels' }).getByRole('button', { name, exact: true }).getAttribute('aria-expanded');
export const toggle = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Side panels' }).getByRole('button', { name, exact: true }).click();
