import { DocumentKind } from '../../../shared/model/bundle';
import type { ExtractedSource } from '../extracted';
import type { Registry } from './registry';
import { evidence, type Found, type WorkBlock } from './work';

/**
 * What a structured source (IPTC ninjs) states outright: its document kind, embargo, located place,
 * people and organisations. Near-certain evidence, so importing an exported item gives the same
 * structure back.
 */
export interface Stated {
  kind?: DocumentKind;
  embargo?: Found<string>;
  located?: string;
  subhead?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function named(list: unknown): Array<{ name: string; role?: string }> {
  if (!Array.isArray(list)) return [];
  return list.flatMap((x) => {
    const name = str((x as { name?: unknown })?.name);
    const role = str((x as { role?: unknown })?.role);
    return name ? [{ name, ...(role ? { role } : {}) }] : [];
  });
}

export function readStated(source: ExtractedSource, registry: Registry): Stated {
  const s = source.metadata.structured ?? {};
  for (const o of named(s['organisations'])) registry.organisation(o.name);
  for (const p of named(s['people'])) registry.person(p.name, p.role);
  registry.forgetLast();
  const kind = DocumentKind.safeParse(s['kind']);
  const embargo = str(s['embargoedUntil']);
  const located = str(s['located']);
  const subhead = str(s['subhead']);
  return {
    ...(kind.success ? { kind: kind.data } : {}),
    ...(embargo && !Number.isNaN(Date.parse(embargo))
      ? { embargo: { value: new Date(embargo).toISOString(), confidence: 0.98, evidence: evidence('ninjs embargoedUntil', embargo) } }
      : {}),
    ...(located ? { located } : {}),
    ...(subhead ? { subhead } : {}),
  };
}

/** A boilerplate or comments item is that, all through: every text block gets the role. */
export function applyStatedKind(blocks: WorkBlock[], kind: DocumentKind, title: string): boolean {
  if (kind !== 'boilerplate' && kind !== 'comments') return false;
  for (const b of blocks) {
    if (b.role === 'furniture' || b.kind === 'image') continue;
    b.role = kind === 'boilerplate' ? 'about' : 'comments';
    b.reason = (kind === 'boilerplate' ? `About section: ${title}` : 'comments (stated by the source)').slice(0, 200);
  }
  return true;
}
