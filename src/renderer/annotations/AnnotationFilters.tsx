import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tagsInUse, type AnnotationFilter } from '../../shared/annotations/filter';
import type { ColourKey } from '../../shared/model/annotation';
import { useLanguageName } from '../app/language-name';
import { useReader } from '../reader/reader-context';
import { annotationsStore, useAnnotations } from './store';
import { useColours } from './useColours';

/** How many of the filter's fields (beyond the free text) narrow the list. */
export function activeFilterCount(f: AnnotationFilter): number {
  return [f.colours?.length, f.tags?.length, f.documentIds?.length, f.languages?.length, f.status && f.status !== 'all' ? 1 : 0].filter(
    Boolean,
  ).length;
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="annotation-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

const one = (value: string) => (value ? [value] : []);

/** Free text always in view; colour, tag, document, language and status behind a disclosure that says how many apply. */
export function AnnotationFilters() {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const { bundle } = useReader();
  const { filter, items } = useAnnotations();
  const { colours } = useColours();
  const searchId = useId();
  const set = (patch: Partial<AnnotationFilter>) => annotationsStore.setFilter({ ...filter, ...patch });
  const toggleColour = (key: ColourKey, on: boolean) =>
    set({ colours: on ? [...(filter.colours ?? []), key] : (filter.colours ?? []).filter((k) => k !== key) });
  const languages = [...new Set(bundle.documents.map((d) => d.language))];
  const active = activeFilterCount(filter);

  return (
    <div className="annotation-filters" role="search" aria-label={t('annotations.filters.label')}>
      <label htmlFor={searchId} className="visually-hidden">
        {t('annotations.filters.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="annotation-filters__search"
        placeholder={t('annotations.filters.search')}
        value={filter.text ?? ''}
        onChange={(e) => set({ text: e.target.value })}
      />
      <details className="annotation-filters__more">
        <summary>{active ? t('annotations.filters.moreActive', { count: active }) : t('annotations.filters.more')}</summary>
        <fieldset className="annotation-filters__colours">
          <legend>{t('annotations.filters.colours')}</legend>
          {colours.map((c) => (
            <label key={c.key} className="colour-choice">
              <input
                type="checkbox"
                checked={filter.colours?.includes(c.key) ?? false}
                onChange={(e) => toggleColour(c.key, e.target.checked)}
              />
              <span className={`swatch swatch--${c.key}`} aria-hidden="true" />
              {c.label}
            </label>
          ))}
        </fieldset>
        <Select label={t('annotations.filters.tag')} value={filter.tags?.[0] ?? ''} onChange={(v) => set({ tags: one(v) })}>
          <option value="">{t('annotations.filters.anyTag')}</option>
          {tagsInUse(items).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </Select>
        <Select
          label={t('annotations.filters.document')}
          value={filter.documentIds?.[0] ?? ''}
          onChange={(v) => set({ documentIds: one(v) })}
        >
          <option value="">{t('annotations.filters.anyDocument')}</option>
          {bundle.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title} ({d.language.toUpperCase()})
            </option>
          ))}
        </Select>
        <Select label={t('annotations.filters.language')} value={filter.languages?.[0] ?? ''} onChange={(v) => set({ languages: one(v) })}>
          <option value="">{t('annotations.filters.anyLanguage')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </Select>
        <Select
          label={t('annotations.filters.status')}
          value={filter.status ?? 'all'}
          onChange={(v) => set({ status: v as AnnotationFilter['status'] })}
        >
          <option value="all">{t('annotations.filters.statusAll')}</option>
          <option value="anchored">{t('annotations.filters.statusAnchored')}</option>
          <option value="orphaned">{t('annotations.filters.statusOrphaned')}</option>
        </Select>
        <button type="button" onClick={() => annotationsStore.setFilter({})} disabled={active === 0 && !filter.text}>
          {t('annotations.filters.clear')}
        </button>
      </details>
    </div>
  );
}
