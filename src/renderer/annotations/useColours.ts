import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveColours, type ResolvedColour } from '../../shared/annotations/colours';
import { DEFAULT_COLOURS, type ColourKey } from '../../shared/model/annotation';
import { useAnnotations } from './store';

/** Every colour in palette order with the label to show: the user's, else the default in the interface language. */
export function useColours(): { colours: ResolvedColour[]; colourOf(key: ColourKey): ResolvedColour } {
  const { overrides } = useAnnotations();
  const { i18n } = useTranslation();
  return useMemo(() => {
    const colours = resolveColours(overrides, i18n.language);
    return { colours, colourOf: (key: ColourKey) => colours.find((c) => c.key === key)! };
  }, [overrides, i18n.language]);
}

/**
 * The palette's hex values as CSS custom properties (--highlight-yellow…), so the stylesheet draws
 * highlights and swatches from the one palette in src/shared, not from a copy of it.
 */
export function applyPaletteProperties(root: HTMLElement = document.documentElement): void {
  for (const c of DEFAULT_COLOURS) root.style.setProperty(`--highlight-${c.key}`, c.hex);
}
