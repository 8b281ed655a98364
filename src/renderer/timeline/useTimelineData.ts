import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolvedTimeline, SuggestionWithStatus } from '../../shared/timeline/types';
import { api } from '../api/client';
import { useOnWindowReturn } from '../app/useOnWindowReturn';

export interface TimelineData {
  timeline: ResolvedTimeline | null;
  suggestions: SuggestionWithStatus[];
  /** The last failure, in the host's words. */
  error: string | null;
  clearError(): void;
  /**
   * Runs a change through the API, then reloads the timeline and the suggestions (the service is the
   * one source of truth: it saves offline and merges the bundle's events with the user's).
   * Resolves to the change's result, or null when it failed (the error is kept in `error`).
   */
  change<T>(action: () => Promise<T>): Promise<T | null>;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The open bundle's timeline and suggestions, from the service; `bundleKey` changes when another bundle opens. */
export function useTimelineData(bundleKey: string): TimelineData {
  // Kept with the bundle they belong to: another bundle's timeline is never shown, even for a moment.
  const [loaded, setLoaded] = useState<{ key: string; timeline: ResolvedTimeline; suggestions: SuggestionWithStatus[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers to an older request (a previous bundle, an earlier change) never overwrite newer ones.
  const generation = useRef(0);

  const reload = useCallback(async (key: string) => {
    const mine = ++generation.current;
    const [timeline, suggestions] = await Promise.all([api.getTimeline(), api.suggestTimelineEvents()]);
    if (mine === generation.current) setLoaded({ key, timeline, suggestions });
  }, []);

  useEffect(() => {
    reload(bundleKey).catch((err: unknown) => setError(messageOf(err)));
  }, [bundleKey, reload]);
  // Events another host saved meanwhile (presskit serve beside the app, the CLI) show when the user is back.
  useOnWindowReturn(() => void reload(bundleKey).catch((err: unknown) => setError(messageOf(err))));

  const change = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | null> => {
      try {
        const result = await action();
        setError(null);
        await reload(bundleKey);
        return result;
      } catch (err) {
        setError(messageOf(err));
        return null;
      }
    },
    [bundleKey, reload],
  );

  const clearError = useCallback(() => setError(null), []);
  const current = loaded?.key === bundleKey ? loaded : null;
  return { timeline: current?.timeline ?? null, suggestions: current?.suggestions ?? [], error, clearError, change };
}
