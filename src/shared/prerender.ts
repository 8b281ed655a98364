import type { LoadedBundle, LoadedDocument } from './model/document';
import type { Preferences } from './model/preferences';

/**
 * The first document as plain HTML inside index.html, so its text is painted with the page, before the
 * application's script has started (what a static page would show). Both hosts serve it: browser mode
 * (src/server) and the desktop's app:// handler (src/main/app-protocol.ts). Read-only: no links, marks
 * or controls; the app removes it once it shows the bundle itself. Every bundle string is escaped, and
 * nothing here is script: the page's CSP stays as it is.
 */

export const PRERENDER_ELEMENT_ID = 'prerender';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function blockHtml(block: LoadedDocument['blocks'][number]): string {
  const text = escapeHtml(block.text);
  const breaks = block.text.includes('\n') ? ' data-hard-breaks=""' : '';
  if (block.kind === 'heading') {
    const level = Math.min(6, Math.max(3, (block.level ?? 2) + 1));
    return `<h${level}${breaks}>${text}</h${level}>`;
  }
  if (block.kind === 'blockquote') return `<blockquote${breaks}><p>${text}</p></blockquote>`;
  if (block.kind === 'code') return `<pre>${text}</pre>`;
  if (block.kind === 'listItem') return `<p${breaks}>${block.ordinal !== undefined ? `${block.ordinal}. ` : '• '}${text}</p>`;
  return `<p${breaks}>${text}</p>`;
}

/** The document the reader opens on: the first one the saved language filter shows (all, if it shows none). */
export function firstShownDocument(bundle: LoadedBundle, preferences: Pick<Preferences, 'contentLanguage'>): LoadedDocument | undefined {
  const wanted = preferences.contentLanguage;
  return (wanted === 'all' ? undefined : bundle.documents.find((d) => d.language === wanted)) ?? bundle.documents[0];
}

export function prerenderHtml(bundle: LoadedBundle, preferences: Pick<Preferences, 'contentLanguage'>): string {
  const doc = firstShownDocument(bundle, preferences);
  if (!doc) return '';
  return (
    `<div id="${PRERENDER_ELEMENT_ID}" class="prerender" aria-hidden="true">` +
    `<p class="prerender__title">${escapeHtml(bundle.manifest.title)}</p>` +
    `<main class="reader"><article class="document document--${escapeHtml(doc.kind)}" lang="${escapeHtml(doc.language)}" data-prerendered-document="${escapeHtml(doc.id)}">` +
    `<header class="document__header"><h2 class="document__title">${escapeHtml(doc.title)}</h2></header>` +
    `<div class="document__body">${doc.blocks.map(blockHtml).join('')}</div></article></main></div>`
  );
}

/** index.html with the pre-rendered document put before the app's root, in the saved theme (no light flash in a dark one). */
export function withPrerender(indexHtml: string, prerender: string, theme: Preferences['theme']): string {
  const themed =
    theme === 'system' ? indexHtml : indexHtml.replace(/<html( [^>]*)?>/, (tag) => `${tag.slice(0, -1)} data-theme="${theme}">`);
  return prerender ? themed.replace('<div id="root"></div>', `${prerender}<div id="root"></div>`) : themed;
}

/** The page both hosts serve: index.html with the open bundle's first shown document, if a bundle is open. */
export function firstPageHtml(
  indexHtml: string,
  bundle: LoadedBundle | null,
  preferences: Pick<Preferences, 'contentLanguage' | 'theme'>,
): string {
  return withPrerender(indexHtml, bundle ? prerenderHtml(bundle, preferences) : '', preferences.theme);
}
