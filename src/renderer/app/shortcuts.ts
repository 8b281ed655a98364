/**
 * Every keyboard shortcut, in one table: the help panel lists it, and the handlers match against it.
 * "Mod" is Ctrl, or ⌘ on a Mac. Zoom is the host's own (Electron's View menu, the browser's zoom).
 */
export const SHORTCUTS = [
  { id: 'find', keys: ['Mod+F'] },
  { id: 'findNext', keys: ['Enter', 'F3', 'Mod+G'] },
  { id: 'findPrevious', keys: ['Shift+Enter', 'Shift+F3', 'Mod+Shift+G'] },
  { id: 'closeFind', keys: ['Escape'] },
  { id: 'nextSection', keys: ['Alt+ArrowDown'] },
  { id: 'previousSection', keys: ['Alt+ArrowUp'] },
  { id: 'outlineMove', keys: ['ArrowDown', 'ArrowUp', 'Home', 'End'] },
  { id: 'open', keys: ['Mod+O'] },
  { id: 'zoom', keys: ['Mod+=', 'Mod+-', 'Mod+0'] },
  { id: 'exportPdf', keys: ['Mod+E'] },
  { id: 'highlight', keys: ['Mod+Shift+H'] },
  // On a highlight (the caret in it): open its card; in the card: finish editing (both save).
  { id: 'openHighlight', keys: ['Enter'], label: 'readerShortcuts.openHighlight' },
  { id: 'finishEditing', keys: ['Mod+Enter', 'Escape'], label: 'readerShortcuts.finishEditing' },
  { id: 'undo', keys: ['Mod+Z'] },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'help', keys: ['F1', '?'] },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Does this key event press the given combination ("Mod+Shift+G", "Alt+ArrowDown", "?")? */
export function pressed(event: KeyboardEvent, combo: string): boolean {
  const parts = combo.split('+');
  const key = parts.pop()!;
  const want = new Set(parts);
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (want.has('Mod') !== mod || want.has('Alt') !== event.altKey) return false;
  // "?" is typed with Shift on most layouts: do not ask for Shift there.
  if (key !== '?' && want.has('Shift') !== event.shiftKey) return false;
  return key.length === 1 ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

/** The key combinations of one action, from the table. */
export function shortcutKeys(id: ShortcutId): readonly [string, ...string[]] {
  return SHORTCUTS.find((s) => s.id === id)!.keys;
}

export function shortcutPressed(event: KeyboardEvent, id: ShortcutId): boolean {
  return shortcutKeys(id).some((combo) => pressed(event, combo));
}

const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };

/** How a combination is printed on this platform: "Ctrl+Shift+G", "⌘⇧G". */
export function printable(combo: string): string[] {
  const mac = isMac();
  return combo.split('+').map((part) => {
    if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
    if (part === 'Alt') return mac ? '⌥' : 'Alt';
    if (part === 'Shift') return mac ? '⇧' : 'Shift';
    return KEY_NAMES[part] ?? part;
  });
}

/** Typing in a field: single keys ("?") belong to the field, not to the app. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
