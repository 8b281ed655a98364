import { printable, shortcutKeys } from '../app/shortcuts';

/** The annotation shortcuts, from the one table the help panel lists ("Mod" is Ctrl, or ⌘ on a Mac). */
export const HIGHLIGHT_SHORTCUT = shortcutKeys('highlight')[0];
export const UNDO_SHORTCUTS = shortcutKeys('undo');
export const REDO_SHORTCUTS = shortcutKeys('redo');

/** As printed on this platform: "Ctrl+Shift+H", "⌘+⇧+H". */
export const printed = (combo: string): string => printable(combo).join('+');
