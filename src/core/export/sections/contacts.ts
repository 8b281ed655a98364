import type { FlowItem, LinesItem } from '../layout/flow';
import { STYLES } from '../layout/styles';
import { textItem, type KitContext } from './kit-context';

export const CONTACTS_ANCHOR = 'section:contacts';

/**
 * The bundle's `contacts`, where a press kit has them: after the boilerplate. Each contact: name,
 * role and organisation, then e-mail, phone and web address (e-mail and web as live links).
 */
export function contactItems(ctx: KitContext): FlowItem[] {
  const { contacts, organisations } = ctx.bundle.manifest;
  if (!contacts.length) return [];
  const items: FlowItem[] = [
    { kind: 'anchor', id: CONTACTS_ANCHOR },
    textItem(ctx, ctx.text.contacts, STYLES.h2, { spaceBefore: 18, spaceAfter: 8, keepWithNext: true }),
  ];
  for (const contact of contacts) {
    const organisation = organisations.find((o) => o.id === contact.organisationId)?.name;
    const about = [contact.role, organisation].filter(Boolean).join(', ');
    const ways: LinesItem[] = [];
    if (contact.email) ways.push(textItem(ctx, contact.email, STYLES.body, { href: `mailto:${contact.email}` }));
    if (contact.phone) ways.push(textItem(ctx, contact.phone, STYLES.body));
    if (contact.url) ways.push(textItem(ctx, contact.url, STYLES.body, { href: contact.url }));
    items.push(textItem(ctx, contact.name, STYLES.label, { keepWithNext: about !== '' || ways.length > 0 }));
    if (about) items.push(textItem(ctx, about, STYLES.meta, { keepWithNext: ways.length > 0 }));
    ways.forEach((item, i) => items.push({ ...item, keepWithNext: i < ways.length - 1 }));
    const last = items[items.length - 1]!;
    if (last.kind === 'lines') last.spaceAfter = 12;
  }
  return items;
}
