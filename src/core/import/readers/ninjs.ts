import { IMPORT_BUDGET, checkSize } from '../budget';
import { decodeText } from '../decode-text';
import { importError } from '../errors';
import type { ExtractedImage, ExtractedSource } from '../extracted';
import { dataUriBytes, sniffImage } from '../images';
import { ninjsProblems } from '../ninjs-schema';
import { readHtmlText } from './html';
import { textToBlocks } from './text';

/** The fields of a ninjs 3.x item this reader uses (the schema has many more). */
interface NinjsItem {
  uri: string;
  type?: string;
  language?: string;
  versionCreated?: string;
  firstCreated?: string;
  embargoedUntil?: string;
  by?: string;
  located?: string;
  headlines?: { role?: string; value: string }[];
  bodies?: { role?: string; contentType?: string; value: string }[];
  descriptions?: { role?: string; value: string }[];
  people?: { name?: string; rel?: string; literal?: string }[];
  organisations?: { name?: string; rel?: string; literal?: string }[];
  associations?: (NinjsItem & { name: string; rel?: string })[];
  renditions?: { href?: string; contentType?: string }[];
  copyrightNotice?: string;
  title?: string;
  slugline?: string;
}

/** Is this parsed JSON a ninjs item (for sniffing)? ninjs requires `uri`; a news item also has headlines or bodies. */
export function looksLikeNinjs(json: unknown): boolean {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return (
    typeof o.uri === 'string' &&
    (Array.isArray(o.headlines) || Array.isArray(o.bodies) || typeof o.type === 'string' || typeof o.versionCreated === 'string')
  );
}

/**
 * An IPTC ninjs 3.x item, checked against the ninjs 3.1 schema. Its headline, subhead, place,
 * people, organisations and embargo go to `metadata.structured` (stated, not guessed); the HTML
 * body (else the plain one) becomes blocks; picture associations with embedded (data:) renditions
 * become images; text associations (an About section exported by us) become further documents.
 */
export function readNinjs(file: string, bytes: Uint8Array): ExtractedSource[] {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxTextBytes);
  const { text, notes } = decodeText(file, bytes);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw importError(file, `not valid JSON (${(err as Error).message})`);
  }
  const problems = ninjsProblems(json);
  if (problems.length)
    throw importError(
      file,
      `not a valid ninjs 3.1 item: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
    );
  const item = json as NinjsItem;
  const main = itemToSource(file, item, notes);
  const texts = (item.associations ?? []).filter((a) => a.type === 'text' && a.bodies?.length);
  return [main, ...texts.map((a) => itemToSource(`${file}#${a.name}`, a, []))];
}

function itemToSource(file: string, item: NinjsItem, notes: string[]): ExtractedSource {
  const headline = (item.headlines ?? []).find((h) => !h.role || h.role === 'main')?.value?.trim();
  const subhead = (item.headlines ?? []).find((h) => h.role && /^(sub|subhead|subheadline|secondary)$/i.test(h.role))?.value?.trim();
  const html = (item.bodies ?? []).find((b) => /html/i.test(b.contentType ?? '') || /xhtml|html/i.test(b.role ?? ''));
  const plain = (item.bodies ?? []).find((b) => b !== html);
  const images: ExtractedImage[] = [];
  const source: ExtractedSource = html
    ? { ...readHtmlText(file, html.value, { findArticle: false }, notes), format: 'ninjs' }
    : { format: 'ninjs', sourceName: file, blocks: textToBlocks(plain?.value ?? ''), images, metadata: {}, notes };
  source.sourceName = file;

  for (const a of (item.associations ?? []).filter((a) => a.type === 'picture' || a.type === 'graphic')) {
    const rendition = a.renditions?.find((r) => r.href?.startsWith('data:'));
    const bytes = rendition?.href ? dataUriBytes(rendition.href) : null;
    const mime = bytes ? sniffImage(bytes) : null;
    if (!bytes || !mime) {
      if (a.renditions?.length) notes.push(`${file}: picture "${a.name}" links to a remote rendition, which is not fetched`);
      continue;
    }
    const caption = a.descriptions?.find((d) => !d.role || /caption/i.test(d.role))?.value ?? a.headlines?.[0]?.value;
    source.images.push({
      bytes,
      mime,
      name: a.name,
      ...(a.title || caption ? { alt: a.title ?? caption } : {}),
      ...(caption ? { caption } : {}),
      ...(a.copyrightNotice || a.by ? { credit: a.copyrightNotice ?? a.by } : {}),
      where: `associations ${a.name}`,
    });
    source.blocks.push({
      kind: 'image',
      text: a.title ?? caption ?? a.name,
      markdown: '',
      where: `associations ${a.name}`,
      imageIndex: source.images.length - 1,
    });
  }

  const date = item.versionCreated ?? item.firstCreated;
  source.metadata = {
    ...(headline || item.title ? { title: headline ?? item.title } : {}),
    ...(date ? { date } : {}),
    ...(item.by ? { author: item.by } : {}),
    ...(item.language ? { language: item.language } : {}),
    ...(/^https?:\/\//.test(item.uri) ? { url: item.uri } : {}),
    structured: {
      ...(headline ? { headline } : {}),
      ...(subhead ? { subhead } : {}),
      ...(item.located ? { located: item.located } : {}),
      ...(item.embargoedUntil ? { embargoedUntil: item.embargoedUntil } : {}),
      people: (item.people ?? [])
        .filter((p) => p.name)
        .map((p) => ({ name: p.name, ...(p.rel ? { rel: p.rel } : {}), ...(p.literal ? { role: p.literal } : {}) })),
      organisations: (item.organisations ?? []).filter((o) => o.name).map((o) => ({ name: o.name, ...(o.rel ? { rel: o.rel } : {}) })),
      ...((item as { rel?: string }).rel ? { kind: (item as { rel?: string }).rel } : {}),
    },
  };
  if (!source.blocks.some((b) => b.kind !== 'image')) throw importError(file, 'the ninjs item has no body text');
  return source;
}
