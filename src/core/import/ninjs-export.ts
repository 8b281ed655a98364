import { promises as fs } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { PresskitError } from '../../shared/errors';
import type { LoadedBundle, LoadedDocument } from '../../shared/model/document';
import { DEFAULT_LIMITS } from '../bundle/limits';
import { openArchiveSource, openFolderSource } from '../bundle/sources';
import { ninjsProblems } from './ninjs-schema';

// The bundle's Markdown as HTML for ninjs bodies; raw HTML stays off, as in the reader.
const md = MarkdownIt({ html: false, linkify: false, typographer: false });

/** A date or date-time to the date-time ninjs requires ("2022-05-23" → "2022-05-23T00:00:00Z"). */
const dateTime = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);

function textItem(bundle: LoadedBundle, doc: LoadedDocument) {
  const headlines = [{ role: 'main', value: doc.headline ?? doc.title }, ...(doc.subhead ? [{ role: 'sub', value: doc.subhead }] : [])];
  return {
    uri: `urn:presskit:${bundle.manifest.id}:${doc.id}`,
    type: 'text',
    language: doc.language,
    headlines,
    bodies: [{ role: 'main', contentType: 'text/html', value: md.render(doc.markdown) }],
    ...(doc.dateline?.place ? { located: doc.dateline.place } : {}),
  };
}

/**
 * A bundle as one IPTC ninjs 3.1 item: the release (the first release document, else the first
 * document) with its headline and subhead in `headlines[]`, its text as an HTML body, the dateline's
 * place as `located`, the bundle's date as `versionCreated` (left out when the bundle has none: never
 * invented), people and organisations, the embargo, and associations: every image (embedded as a
 * data: rendition, so the item stands alone) and every other document (About sections…) as a text item.
 * The result is checked against the ninjs 3.1 schema before it is returned.
 */
export async function bundleToNinjs(bundle: LoadedBundle): Promise<Record<string, unknown>> {
  const { manifest } = bundle;
  const main = bundle.documents.find((d) => d.kind === 'release') ?? bundle.documents[0]!;
  const date = manifest.date ?? main.dateline?.date;
  const images = await readAssets(bundle);
  const item = {
    ...textItem(bundle, main),
    ...(date ? { versionCreated: dateTime(date) } : {}),
    ...(manifest.embargo ? { embargoedUntil: manifest.embargo } : {}),
    ...(main.sourceUrl ? { altIds: [{ role: 'source', value: main.sourceUrl }] } : {}),
    ...(manifest.people.length ? { people: manifest.people.map((p) => ({ name: p.name, ...(p.role ? { rel: p.role } : {}) })) } : {}),
    ...(manifest.organisations.length
      ? { organisations: manifest.organisations.map((o) => ({ name: o.name, ...(o.url ? { uri: o.url } : {}) })) }
      : {}),
    associations: [
      ...manifest.assets.map((a, i) => ({
        name: `image-${i + 1}`,
        rel: 'image',
        uri: `urn:presskit:${manifest.id}:${a.file}`,
        type: 'picture',
        title: a.alt,
        ...(a.caption ? { descriptions: [{ role: 'caption', value: a.caption }] } : {}),
        ...(a.credit ? { copyrightNotice: a.credit } : {}),
        renditions: [
          { name: 'original', href: `data:${a.mime};base64,${Buffer.from(images.get(a.file)!).toString('base64')}`, contentType: a.mime },
        ],
      })),
      ...bundle.documents.filter((d) => d !== main).map((d) => ({ name: d.id, rel: d.kind, ...textItem(bundle, d) })),
    ],
  };
  const problems = ninjsProblems(item);
  if (problems.length) throw new PresskitError('EXPORT_FAILED', `the ninjs item would not be valid: ${problems.join('; ')}`);
  return item;
}

async function readAssets(bundle: LoadedBundle): Promise<Map<string, Uint8Array>> {
  const { origin } = bundle;
  const stat = await fs.stat(origin.path);
  const source = stat.isDirectory()
    ? await openFolderSource(origin.path, DEFAULT_LIMITS)
    : await openArchiveSource(origin.path, DEFAULT_LIMITS);
  try {
    const out = new Map<string, Uint8Array>();
    for (const a of bundle.manifest.assets) out.set(a.file, await source.read(a.file));
    return out;
  } finally {
    source.close();
  }
}
