import type { Preferences } from '../shared/model/preferences';
import { en, type Catalogue } from '../shared/i18n/en';
import { id } from '../shared/i18n/id';

export type MenuLabels = Catalogue['menu'];

/**
 * The native menu speaks the interface language too: the same catalogues as the page (plain data,
 * no DOM), the saved choice, or the system locale when the user follows the system.
 */
export function menuLabels(choice: Preferences['interfaceLanguage'], systemLocale: string): MenuLabels {
  return catalogue(choice, systemLocale).menu;
}

/** The import dialogs' words (file filter names), in the same language as the menu. */
export function importerLabels(choice: Preferences['interfaceLanguage'], systemLocale: string): Catalogue['importer'] {
  return catalogue(choice, systemLocale).importer;
}

function catalogue(choice: Preferences['interfaceLanguage'], systemLocale: string): Catalogue {
  const language = choice === 'system' ? (systemLocale.toLowerCase().startsWith('id') ? 'id' : 'en') : choice;
  return language === 'id' ? id : en;
}
