import { printable } from '../app/shortcuts';

/** The annotation shortcuts, in the notation of src/renderer/app/shortcuts ("Mod" is Ctrl, or ⌘ on a Mac). */
export const HIGHLIGHT_SHORTCUT = 'Mod+Shift+H';
export const UNDO_SHORTCUTS = ['Mod+Z'] as const;
export const REDO_SHORTCUTS = ['Mod+Shift+Z', 'Mod+Y'] as const;

/** As printed on this platform: "Ctrl+Shift+H", "⌘+⇧+H". */
export const printed = (combo: string): string => printable(combo).join('+');
