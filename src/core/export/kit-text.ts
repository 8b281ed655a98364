import { en } from '../../shared/i18n/en';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../../shared/ipc/channels/export';
import { id } from '../../shared/i18n/id';

/** Languages the kit's own words (cover, headings, labels, dates) can be set in: the interface's catalogues. */
export const KIT_LANGUAGES = EXPORT_LANGUAGES;
export type KitLanguage = ExportLanguage;

/** The `kit` section of a catalogue (every word the PDF adds around the bundle's text), with its tagging words. */
export type KitText = typeof en.kit & typeof en.kitTagging;

const CATALOGUES: Record<KitLanguage, KitText> = { en: { ...en.kit, ...en.kitTagging }, id: { ...id.kit, ...id.kitTagging } };

export function kitText(lang: KitLanguage): KitText {
  return CATALOGUES[lang];
}

/** Fills "{{name}}" placeholders, as i18next does for the interface (the core has no i18next instance). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A count's form by the language's plural rules ("1 highlight" / "2 highlights"). */
export function plural(lang: KitLanguage, forms: { one: string; other: string }, count: number): string {
  const rule = new Intl.PluralRules(lang).select(count);
  return fill(rule === 'one' ? forms.one : forms.other, { count });
}

/** A language's name in the kit's language ("de" → "German" / "Jerman"); the tag itself when Intl does not know it. */
export function languageName(tag: string, lang: KitLanguage): string {
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames(lang, { type: 'language', fallback: 'none' })));
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const displayNames = new Map<KitLanguage, Intl.DisplayNames>();

export function isKitLanguage(value: string): value is KitLanguage {
  return (KIT_LANGUAGES as readonly string[]).includes(value);
}
