import { z } from 'zod';

const fields = {
  theme: z.enum(['system', 'light', 'dark']),
  /** Interface language; "system" follows the OS / browser locale. */
  interfaceLanguage: z.enum(['system', 'en', 'id']),
  /** Text size as a factor of the default (0.75–2). */
  textScale: z.number().min(0.75).max(2),
  /** Which content languages to show: "all" or one BCP 47 tag. */
  contentLanguage: z.string().min(1).max(35),
  /** Which side panel is open. */
  sidePanel: z.enum(['annotations', 'timeline', 'none']),
  /** Whether the outline column is shown (where the window is wide enough to dock it). */
  outlineOpen: z.boolean(),
};

/** What the reader remembers between runs, kept by the host (same file for desktop and browser mode). */
export const Preferences = z.object({
  theme: fields.theme.default('system'),
  interfaceLanguage: fields.interfaceLanguage.default('system'),
  textScale: fields.textScale.default(1),
  contentLanguage: fields.contentLanguage.default('all'),
  sidePanel: fields.sidePanel.default('annotations'),
  outlineOpen: fields.outlineOpen.default(true),
});
export type Preferences = z.infer<typeof Preferences>;

/** A change to some preferences; fields left out keep their saved value (no defaults filled in). */
export const PreferencesPatch = z.object(fields).partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

export const DEFAULT_PREFERENCES: Preferences = Preferences.parse({});
