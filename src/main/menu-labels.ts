import type { Preferences } from '../shared/model/preferences';
import { en, type Catalogue } from '../shared/i18n/en';
import { id } from '../shared/i18n/id';

export type MenuLabels = Catalogue['menu'];

/**
 * The native menu speaks the interface language too: the same catalogues as the page (plain data,
 * no DOM), the saved choice, or the system locale when the user follows the system.
 */
export function menuLabels(choice: Preferences['interfaceLanguage'], systemLocale: string): MenuLabels {
  const language = choice === 'system' ? (systemLocale.toLowerCase().startsWith('id') ? 'id' : 'en') : choice;
  return (language === 'id' ? id : en).menu;
}
