import path from 'node:path';
import { importError } from './errors';
import { sniffImage } from './images';
import { looksLikeNinjs } from './readers/ninjs';
import { openZipEntries } from './zip-entries';

export type SniffedFormat = 'html' | 'pdf' | 'docx' | 'eml' | 'markdown' | 'text' | 'ninjs' | 'zip' | 'image';

const startsWith = (b: Uint8Array, ascii: string, at = 0) => [...ascii].every((c, i) => b[at + i] === c.charCodeAt(0));

/**
 * What a file is, by its content first and its extension only to tell Markdown from plain text:
 * "%PDF" magic, a zip (a DOCX when it holds word/document.xml), ninjs JSON, RFC 822 headers, HTML
 * tags. A file that is none of these and holds binary bytes is refused.
 */
export async function sniffFormat(file: string, bytes: Uint8Array): Promise<SniffedFormat> {
  if (bytes.length === 0) throw importError(file, 'the file is empty');
  const head = bytes.subarray(0, 1024);
  if (new TextDecoder('latin1').decode(head).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) {
    const zip = await openZipEntries(file, bytes);
    zip.close();
    return zip.names.includes('word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(bytes, '\xD0\xCF\x11\xE0'))
    throw importError(
      file,
      'is a legacy Office (.doc) or password-protected Office file; save it as .docx without a password and import that',
    );
  if (sniffImage(bytes)) return 'image';
  if (looksBinary(bytes))
    throw importError(file, 'is a binary file, not a press release (HTML, PDF, DOCX, e-mail, Markdown, text, ninjs or zip)');

  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  const ext = path.extname(file).toLowerCase();
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      if (looksLikeNinjs(JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')))) return 'ninjs';
    } catch {
      // Not complete JSON: fall through (a Markdown or text file may start with "{").
    }
    if (ext === '.json') throw importError(file, 'is JSON but not an IPTC ninjs news item (it has no "uri" with headlines or bodies)');
  }
  if (looksLikeMail(text)) return 'eml';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(trimmed)) return 'html';
  if (['.html', '.htm', '.xhtml'].includes(ext) && /<(p|div|h[1-6]|article|section|br)[\s>/]/i.test(text)) return 'html';
  if (['.md', '.markdown', '.mdown', '.mkd'].includes(ext)) return 'markdown';
  if (/^(---|\+\+\+)[ \t]*\r?\n/.test(text)) return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'text';
  // No telling extension: Markdown when it uses Markdown's own marks (ATX headings, links, emphasis).
  if (/^#{1,6} \S/m.test(text) && /(\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*|^#{1,6} )/m.test(text)) return 'markdown';
  return 'text';
}

/** RFC 822: the file opens with header fields, and names at least two of the ones every message has. */
function looksLikeMail(text: string): boolean {
  const headerBlock = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = headerBlock.split(/\r?\n/);
  if (!/^[A-Za-z][A-Za-z0-9-]*:/.test(lines[0] ?? '')) return false;
  if (!lines.every((l) => /^[A-Za-z][A-Za-z0-9-]*:/.test(l) || /^[ \t]/.test(l) || l === '')) return false;
  const names = new Set(lines.map((l) => /^([A-Za-z0-9-]+):/.exec(l)?.[1]?.toLowerCase()).filter(Boolean));
  return ['from', 'date', 'subject', 'to', 'mime-version', 'received', 'message-id'].filter((n) => names.has(n)).length >= 2;
}

/** NUL bytes, or many control characters, in the first 8 KB: not a text file. UTF-16 with a BOM is text. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}
