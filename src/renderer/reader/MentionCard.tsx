import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleManifest } from '../../shared/model/bundle';
import { useReader } from './reader-context';

/** Id of the hidden "who is this" text a mention points to with aria-describedby. */
export const whoIsWhoId = (ref: string) => `who-${ref.replace(':', '-')}`;

const HIDE_DELAY_MS = 200;

/** What the bundle says about one person or organisation, in a few lines. */
function WhoIsWho({ refId, manifest }: { refId: string; manifest: BundleManifest }) {
  const { t } = useTranslation();
  const [kind, id] = refId.split(':') as ['person' | 'organisation', string];
  if (kind === 'person') {
    const person = manifest.people.find((p) => p.id === id);
    if (!person) return null;
    const org = manifest.organisations.find((o) => o.id === person.organisationId);
    return (
      <>
        <span className="who__name">{person.name}</span>
        {person.role && <span className="who__line">{person.role}</span>}
        {org && <span className="who__line">{org.name}</span>}
      </>
    );
  }
  const org = manifest.organisations.find((o) => o.id === id);
  if (!org) return null;
  const people = manifest.people.filter((p) => p.organisationId === org.id);
  return (
    <>
      <span className="who__name">{org.name}</span>
      <span className="who__line">{t(`mentions.kind.${org.kind}`)}</span>
      {people.length > 0 && <span className="who__line">{t('mentions.people', { names: people.map((p) => p.name).join(', ') })}</span>}
      {org.url && <span className="who__line">{new URL(org.url).host}</span>}
    </>
  );
}

/** One hidden description per person and organisation, for screen readers (aria-describedby on each mention). */
export function WhoIsWhoDescriptions() {
  const { bundle } = useReader();
  const { manifest } = bundle;
  const refs = [...manifest.people.map((p) => `person:${p.id}`), ...manifest.organisations.map((o) => `organisation:${o.id}`)];
  return (
    <div hidden>
      {refs.map((ref) => (
        <span key={ref} id={whoIsWhoId(ref)}>
          <WhoIsWho refId={ref} manifest={manifest} />
        </span>
      ))}
    </div>
  );
}

interface Shown {
  ref: string;
  element: Element;
  rect: DOMRect;
}

/**
 * The card that shows who a mentioned person or organisation is, on hover or keyboard focus. One card
 * for the whole reader, driven by delegated events, however many mentions a large bundle has.
 * It stays while the pointer is over it, follows its mention when the column scrolls, and Escape closes it.
 */
export function MentionCard({ container }: { container: RefObject<HTMLElement | null> }) {
  const { bundle } = useReader();
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const mentionAt = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-mention]') : null);
    const show = (event: Event) => {
      const el = mentionAt(event.target);
      if (!el) return;
      window.clearTimeout(hideTimer.current);
      setShown({ ref: el.getAttribute('data-mention')!, element: el, rect: el.getBoundingClientRect() });
    };
    const hideSoon = (event: Event) => {
      if (!mentionAt(event.target)) return;
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => setShown(null), HIDE_DELAY_MS);
    };
    const hideNow = () => setShown(null);
    // The card follows its mention while the column scrolls.
    const follow = () => setShown((s) => s && { ...s, rect: s.element.getBoundingClientRect() });
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && hideNow();
    root.addEventListener('mouseover', show);
    root.addEventListener('focusin', show);
    root.addEventListener('mouseout', hideSoon);
    root.addEventListener('focusout', hideNow);
    root.addEventListener('scroll', follow, { passive: true });
    document.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(hideTimer.current);
      root.removeEventListener('mouseover', show);
      root.removeEventListener('focusin', show);
      root.removeEventListener('mouseout', hideSoon);
      root.removeEventListener('focusout', hideNow);
      root.removeEventListener('scroll', follow);
      document.removeEventListener('keydown', onKey);
    };
  }, [container]);

  if (!shown) return null;
  const below = shown.rect.bottom + 180 < window.innerHeight;
  const style = {
    left: Math.max(8, Math.min(shown.rect.left, window.innerWidth - 328)),
    ...(below ? { top: shown.rect.bottom + 6 } : { bottom: window.innerHeight - shown.rect.top + 6 }),
  };
  // Sighted users' card; screen readers get the same text from the mention's description.
  return (
    <div
      className="floating-card mention-card"
      role="tooltip"
      aria-hidden="true"
      style={style}
      onMouseEnter={() => window.clearTimeout(hideTimer.current)}
      onMouseLeave={() => setShown(null)}
    >
      <WhoIsWho refId={shown.ref} manifest={bundle.manifest} />
    </div>
  );
}
