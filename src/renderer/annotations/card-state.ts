import { useSyncExternalStore } from 'react';

/** Which highlight's card is open (one at a time), and whether it was opened from the keyboard (focus goes back to the text). */
export interface OpenCard {
  id: string;
  viaKeyboard: boolean;
}

let current: OpenCard | null = null;
const listeners = new Set<() => void>();

function set(next: OpenCard | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** The highlight card's state: kept apart from the annotations store, which holds what is saved. */
export const highlightCard = {
  open: (id: string, viaKeyboard: boolean) => set({ id, viaKeyboard }),
  close: () => set(null),
  get: (): OpenCard | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useOpenCard = (): OpenCard | null => useSyncExternalStore(highlightCard.subscribe, highlightCard.get);
