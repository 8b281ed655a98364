import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import yazl from 'yazl';

/** Real files for the reader tests, built here so each test shows what it reads. */

export const tempDir = (prefix = 'presskit-import-') => mkdtempSync(path.join(os.tmpdir(), prefix));

export function writeTemp(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

// A 64×48 PNG: pictures under 32 px are dropped as icons or tracking pixels.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwAQMAAACbhe5cAAAABlBMVEU6bqXywU6p9JA5AAAAFElEQVQY02NgoBb4DwQNw4cxSAEAqa9nJbjgQR8AAAAASUVORK5CYII=',
  'base64',
);

export const RELEASE_PARAGRAPHS = [
  'WETZLAR, Germany, May 23, 2023 – Nordlicht Optics today opened a research centre for computational imaging in Wetzlar. The centre brings together optical designers, software engineers and sensor specialists under one roof.',
  '“Wetzlar has been a home of optics for more than a century, and this centre continues that story,” said Anna Keller, Chief Executive Officer of Nordlicht Optics.',
  'The building offers 8,000 square metres of laboratories and clean rooms. Construction began in 2021 and was completed on schedule, with solar panels covering the roof and a heat pump for the clean rooms.',
];

/**
 * A text PDF laid out like a real release: a running header and "Page N of M" footer on every page,
 * a large headline, body paragraphs wrapped at the margin, and a paragraph running over a page break.
 */
export async function releasePdf(options: { pages?: number; paragraphsPerPage?: number } = {}): Promise<Uint8Array> {
  const pages = options.pages ?? 3;
  const perPage = options.paragraphsPerPage ?? 3;
  const doc = await PDFDocument.create();
  doc.setTitle('Nordlicht Optics opens research centre');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const wrap = (text: string, size: number, width: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  let n = 0;
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText('Nordlicht Optics GmbH — Press release', { x: 50, y: 800, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
    let y = 760;
    if (p === 1) {
      page.drawText('Nordlicht Optics opens research centre', { x: 50, y, size: 20, font: bold });
      y -= 40;
    }
    for (let i = 0; i < perPage; i++) {
      const text = `${RELEASE_PARAGRAPHS[n % RELEASE_PARAGRAPHS.length]!} (paragraph ${++n})`;
      for (const line of wrap(text, 11, 495)) {
        page.drawText(line, { x: 50, y, size: 11, font });
        y -= 14;
      }
      y -= 12;
    }
    page.drawText(`Page ${p} of ${pages}`, { x: 270, y: 40, size: 9, font });
  }
  return doc.save();
}

/** A PDF whose only page holds a drawn rectangle and no text: a scan as far as text goes. */
export async function textlessPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 300, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

/** Runs a program in its own process group, killed if it outlives `timeoutMs`. */
export function run(command: string, args: string[], timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
</Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
</w:styles>`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const boldPara = (before: string, strong: string, after: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${esc(before)}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${esc(strong)}</w:t></w:r><w:r><w:t xml:space="preserve">${esc(after)}</w:t></w:r></w:p>`;

const IMAGE_PARA = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1" descr="The new research centre in Wetzlar"/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="image1.png" descr="The new research centre in Wetzlar"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:embed="rIdImg1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** A minimal real WordprocessingML document (what Word writes, less the optional parts): headings, bold, an image with alt text. */
export function releaseDocx(): Promise<Buffer> {
  const body = [
    para('Nordlicht Optics opens research centre', 'Heading1'),
    para(RELEASE_PARAGRAPHS[0]!),
    boldPara(
      '“Wetzlar has been a home of optics for more than a century, and this centre continues that story,” said ',
      'Anna Keller',
      ', Chief Executive Officer of Nordlicht Optics.',
    ),
    IMAGE_PARA,
    para(RELEASE_PARAGRAPHS[2]!),
    para('About Nordlicht Optics', 'Heading2'),
    para('Nordlicht Optics is a maker of camera lenses and imaging systems founded in 1921.'),
  ].join('\n');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
<w:body>${body}</w:body></w:document>`;
  return zipOf([
    ['[Content_Types].xml', DOCX_TYPES],
    ['_rels/.rels', DOCX_RELS],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/document.xml', documentXml],
    ['word/media/image1.png', PNG],
  ]);
}

export function zipOf(entries: [string, string | Buffer][]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** A real MIME message: an HTML part with an inline (cid:) image, a plain-text alternative, a PNG attachment. */
export function releaseEml(): string {
  const png = PNG.toString('base64');
  return [
    'From: Jana Berger <press@nordlicht.example>',
    'To: newsdesk@paper.example',
    'Subject: Nordlicht Optics opens research centre in Wetzlar',
    'Date: Tue, 23 May 2023 09:00:00 +0200',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/related; boundary="rel"',
    '',
    '--rel',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Nordlicht Optics opens research centre in Wetzlar',
    '',
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<html><body><h1>Nordlicht Optics opens research centre in Wetzlar</h1>',
    `<p>${RELEASE_PARAGRAPHS[0]!.replace(/–/g, '=E2=80=93')}</p>`,
    '<p><img src=3D"cid:building@nordlicht" alt=3D"The research centre"></p>',
    '</body></html>',
    '--alt--',
    '--rel',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-ID: <building@nordlicht>',
    'Content-Disposition: inline; filename="building.png"',
    '',
    png,
    '--rel--',
    '--outer',
    'Content-Type: image/png; name="portrait.png"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="portrait.png"',
    '',
    png,
    '--outer--',
    '',
  ].join('\r\n');
}
