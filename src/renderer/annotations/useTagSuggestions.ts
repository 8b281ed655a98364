import { useEffect, useMemo, useState } from 'react';
import type { UsedTag } from '../../shared/ipc/channels/tags';
import { api } from '../api/client';
import { useAnnotations } from './store';

export interface TagSuggestion {
  tag: string;
  /** Used only in other bundles so far. */
  elsewhere: boolean;
}

/** Tags to offer: this bundle's (live, most used first), then those used only in other bundles (asked from the host once per card). */
export function useTagSuggestions(): TagSuggestion[] {
  const { items } = useAnnotations();
  const [stored, setStored] = useState<UsedTag[]>([]);
  useEffect(() => {
    let live = true;
    api.listAnnotationTags().then(
      (result) => live && setStored(result.tags),
      () => undefined, // Suggestions are a help: without them the field still takes any tag.
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const here = new Map<string, { tag: string; uses: number }>();
    for (const { annotation } of items)
      for (const tag of annotation.tags) {
        const entry = here.get(tag.toLowerCase()) ?? { tag, uses: 0 };
        entry.uses++;
        here.set(tag.toLowerCase(), entry);
      }
    const own = [...here.values()].sort((a, b) => b.uses - a.uses || a.tag.localeCompare(b.tag));
    const others = stored.filter((s) => !here.has(s.tag.toLowerCase()));
    return [...own.map((o) => ({ tag: o.tag, elsewhere: false })), ...others.map((o) => ({ tag: o.tag, elsewhere: true }))];
  }, [items, stored]);
}

/** The tag being typed: the text after the last comma. */
export const typedTag = (value: string): string => value.slice(value.lastIndexOf(',') + 1).trim();

/** Suggestions for what is being typed: those starting with it first, then those containing it; never one already entered. */
export function matchingTags(suggestions: readonly TagSuggestion[], value: string, max = 8): TagSuggestion[] {
  const typed = typedTag(value).toLowerCase();
  const entered = new Set(
    value
      .split(',')
      .slice(0, -1)
      .map((t) => t.trim().toLowerCase()),
  );
  const open = suggestions.filter((s) => !entered.has(s.tag.toLowerCase()));
  const starts = open.filter((s) => s.tag.toLowerCase().startsWith(typed));
  const contains = typed ? open.filter((s) => !s.tag.toLowerCase().startsWith(typed) && s.tag.toLowerCase().includes(typed)) : [];
  return [...starts, ...contains].slice(0, max);
}

/** The field's value with the tag being typed replaced by a chosen one, ready for the next. */
export function withChosenTag(value: string, tag: string): string {
  const before = value.slice(0, value.lastIndexOf(',') + 1);
  return `${before}${before ? ' ' : ''}${tag}, `;
}
