import { simpleParser } from 'mailparser';
import { IMPORT_BUDGET, checkSize, withTimeout } from '../budget';
import { importError } from '../errors';
import type { ExtractedImage, ExtractedSource } from '../extracted';
import { sniffImage } from '../images';
import { readHtmlText } from './html';
import { textToBlocks } from './text';

/**
 * One e-mail message (RFC 822 / MIME): Subject is the title, Date and From the metadata. The HTML
 * part is preferred (read by the same HTML code as a web page, without Readability: a mail is all
 * message), else the text part. Image attachments become images, inline ones where they are shown.
 */
export async function readEml(file: string, bytes: Uint8Array): Promise<ExtractedSource> {
  checkSize(file, bytes.length, IMPORT_BUDGET.maxFileBytes);
  const mail = await withTimeout(
    file,
    IMPORT_BUDGET.readerTimeoutMs,
    simpleParser(Buffer.from(bytes), { keepCidLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: IMPORT_BUDGET.maxTextBytes }),
  ).catch((err: unknown) => {
    throw err instanceof Error && err.name === 'PresskitError'
      ? err
      : importError(file, `not a readable e-mail message (${(err as Error).message})`);
  });

  const attachments = mail.attachments.filter((a) => sniffImage(a.content) !== null);
  const byCid = new Map(attachments.filter((a) => a.cid).map((a) => [a.cid!, a]));
  const used = new Set<(typeof attachments)[number]>();
  const resolveImage = (src: string) => {
    const a = src.startsWith('cid:') ? byCid.get(src.slice(4)) : undefined;
    if (!a) return null;
    used.add(a);
    return { bytes: Uint8Array.from(a.content), name: a.filename ?? a.cid ?? 'image' };
  };

  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : undefined;
  const text = mail.text?.trim() ? mail.text : undefined;
  if (!html && !text && !attachments.length) throw importError(file, 'the e-mail has no text, HTML or image content');

  const source: ExtractedSource = html
    ? { ...readHtmlText(file, html, { resolveImage, findArticle: false }), format: 'eml' }
    : { format: 'eml', sourceName: file, blocks: textToBlocks(text ?? ''), images: [], metadata: {}, notes: [] };

  for (const a of attachments) {
    if (used.has(a)) continue;
    const image: ExtractedImage = {
      bytes: Uint8Array.from(a.content),
      mime: sniffImage(a.content)!,
      name: a.filename ?? 'attachment',
      ...(a.filename ? { alt: a.filename } : {}),
      where: `attachment ${a.filename ?? a.contentType}`,
    };
    source.images.push(image);
    source.blocks.push({
      kind: 'image',
      text: image.alt ?? image.name,
      markdown: '',
      where: image.where,
      imageIndex: source.images.length - 1,
      // An attachment is one of the kit's images, but the message does not place it in its text.
      furniture: 'attachment, not placed in the text',
    });
  }

  const from = mail.from?.value[0];
  const author = from ? (from.name ? `${from.name} <${from.address ?? ''}>` : from.address) : undefined;
  const language = mail.headers.get('content-language');
  source.metadata = {
    ...(mail.subject?.trim() ? { title: mail.subject.trim() } : {}),
    ...(mail.date && !Number.isNaN(mail.date.getTime()) ? { date: mail.date.toISOString() } : {}),
    ...(author ? { author } : {}),
    ...(typeof language === 'string' && language.trim() ? { language: language.trim() } : {}),
  };
  return source;
}
