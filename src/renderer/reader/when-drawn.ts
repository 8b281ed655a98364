/**
 * Calls `then` with the first element `find` returns, looking once per frame for a few frames:
 * what the reader is asked to show may not be drawn yet (a large bundle is drawn a few documents
 * per frame; a new decoration appears one render later).
 */
export function whenDrawn(find: () => Element | null, then: (element: Element) => void, frames = 30): void {
  requestAnimationFrame(() => {
    const element = find();
    if (element) then(element);
    else if (frames > 0) whenDrawn(find, then, frames - 1);
  });
}
