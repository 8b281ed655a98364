/** Text measured as the chart draws it (the same font as its SVG labels), for the shared layout. */
export interface TextMeasurer {
  width(text: string): number;
  /** The text cut to `max` wide, with an ellipsis when it had to be cut. */
  fit(text: string, max: number): string;
}

export const ELLIPSIS = '…';

export function createMeasurer(font: string): TextMeasurer {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  const cache = new Map<string, number>();
  const width = (text: string): number => {
    let w = cache.get(text);
    if (w === undefined) {
      // Without a canvas (it cannot fail in a browser, but be safe): a typical width per character.
      w = context ? context.measureText(text).width : text.length * 6.5;
      cache.set(text, w);
    }
    return w;
  };
  const fit = (text: string, max: number): string => {
    if (width(text) <= max) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (width(text.slice(0, mid).trimEnd() + ELLIPSIS) <= max) lo = mid;
      else hi = mid - 1;
    }
    return text.slice(0, lo).trimEnd() + ELLIPSIS;
  };
  return { width, fit };
}
