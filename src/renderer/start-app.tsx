// First: starts fetching the open bundle while the rest of the interface loads.
import './app/initial-bundle';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PreferencesProvider } from './app/preferences-context';
import { setupI18n } from './i18n/setup';

/** The application itself: loaded by main.tsx (after the pre-rendered text is painted, when there is one). */
export function startApp(): void {
  void setupI18n().then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PreferencesProvider>
          <App />
        </PreferencesProvider>
      </StrictMode>,
    );
  });
}
