import { useEffect, useRef } from 'react';
import { hostEvents } from '../api/client';
import { isTyping, shortcutPressed, type ShortcutId } from './shortcuts';

export type AppCommand = 'find' | 'nextSection' | 'previousSection' | 'open' | 'help' | 'exportPdf' | 'toggleTheme';

const KEYBOARD: readonly ShortcutId[] = ['find', 'nextSection', 'previousSection', 'open', 'help', 'exportPdf'];
const MENU: Record<string, AppCommand> = {
  find: 'find',
  'show-shortcuts': 'help',
  'export-pdf': 'exportPdf',
  'toggle-theme': 'toggleTheme',
  'open-bundle': 'open',
};

/**
 * The window's commands, whether they come from the keyboard (the table in shortcuts.ts) or from the
 * desktop menu (host events). A menu accelerator and the page may both see the same key: every
 * command is idempotent (opening an open panel focuses it).
 */
export function useAppCommands(run: (command: AppCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const id = KEYBOARD.find((k) => shortcutPressed(event, k));
      if (!id || (id === 'help' && event.key === '?' && isTyping(event))) return;
      event.preventDefault();
      latest.current(id as AppCommand);
    };
    window.addEventListener('keydown', onKey);
    const off = hostEvents.on('menuCommand', ({ command }) => {
      const mapped = MENU[command];
      if (mapped) latest.current(mapped);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, []);
}
