/**
 * Why a block around a newsroom release is page furniture, from the element and its ancestors:
 * landmarks (nav, header, footer, aside and their ARIA roles) and the class/id names sites use for
 * cookie banners, share bars, related stories, breadcrumbs and newsletter boxes.
 */
const NAMED: readonly [RegExp, string][] = [
  [/cookie|consent|gdpr|privacy-banner|cmp-/, 'cookie banner'],
  [/(^|[-_\s])(share|sharing|social|sharebar)([-_\s]|$)|addthis|sharethis/, 'share buttons'],
  [/related|recommend|more-(news|stories|articles)|read-more|also-read|baca-juga|trending|popular/, 'related stories'],
  [/breadcrumb/, 'breadcrumbs'],
  [/newsletter|subscribe|sign-?up/, 'newsletter sign-up'],
  [/(^|[-_\s])(nav|navbar|menu|masthead|topbar|skip-link)([-_\s]|$)/, 'navigation'],
  [/(^|[-_\s])(footer|site-footer|copyright)([-_\s]|$)/, 'page footer'],
  [/(^|[-_\s])(sidebar|widget|advert|ads?|banner-ad|promo)([-_\s]|$)/, 'sidebar'],
  [/(^|[-_\s])(tags?|tag-list|categories)([-_\s]|$)/, 'tags'],
];

const LANDMARK: Record<string, string> = {
  nav: 'navigation',
  footer: 'page footer',
  aside: 'sidebar',
  form: 'form',
};

const ROLE: Record<string, string> = {
  navigation: 'navigation',
  banner: 'page header',
  contentinfo: 'page footer',
  complementary: 'sidebar',
  search: 'search box',
  dialog: 'dialog',
  alertdialog: 'dialog',
};

/** The furniture reason of the nearest ancestor that is furniture, or undefined. Stops at <article>/<main>. */
export function furnitureReason(element: Element): string | undefined {
  return furnitureOf(element)?.reason;
}

/** The nearest ancestor (or the element itself) that is page furniture, and why. Stops at <article>/<main>. */
export function furnitureOf(element: Element): { reason: string; container: Element } | undefined {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') return undefined;
    const reason = ownFurnitureReason(el);
    if (reason) return { reason, container: el };
    if (tag === 'article' || tag === 'main') return undefined;
  }
  return undefined;
}

/** Why this element itself (not its ancestors) is page furniture, or undefined. */
export function ownFurnitureReason(el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  // Names first: an <aside class="related-stories"> is reported as related stories, not a sidebar.
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`.toLowerCase();
  if (names.trim()) for (const [re, reason] of NAMED) if (re.test(names)) return reason;
  const role = el.getAttribute('role')?.toLowerCase();
  if (role && ROLE[role]) return ROLE[role];
  if (LANDMARK[tag]) return LANDMARK[tag];
  // A page <header> is the site's banner; an article's own <header> holds its headline.
  if (tag === 'header' && !el.closest('article, main')) return 'page header';
  return undefined;
}
