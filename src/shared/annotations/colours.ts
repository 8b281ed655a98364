import { DEFAULT_COLOURS, type ColourDefinition, type ColourKey, type ColourLabelOverrides } from '../model/annotation';

export interface ResolvedColour {
  key: ColourKey;
  hex: string;
  /** What to show: the user's label if they renamed it, else the default in the UI language (English fallback). */
  label: string;
  renamed: boolean;
}

export function colourDefinition(key: ColourKey): ColourDefinition {
  const found = DEFAULT_COLOURS.find((c) => c.key === key);
  if (!found) throw new Error(`unknown colour key ${key}`);
  return found;
}

export function resolveColour(key: ColourKey, overrides: ColourLabelOverrides, language = 'en'): ResolvedColour {
  const def = colourDefinition(key);
  const custom = overrides[key];
  const fallback = def.label[language] ?? def.label[language.split('-')[0] ?? ''] ?? def.label.en ?? key;
  return { key, hex: def.hex, label: custom ?? fallback, renamed: custom !== undefined };
}

/** Every colour in palette order, with the labels to show. */
export function resolveColours(overrides: ColourLabelOverrides, language = 'en'): ResolvedColour[] {
  return DEFAULT_COLOURS.map((c) => resolveColour(c.key, overrides, language));
}
