import type { Preferences } from '../../shared/model/preferences';

/** The theme actually shown: the saved choice, or the system's when it follows the system. */
export function effectiveTheme(theme: Preferences['theme']): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
