import JSZip from 'jszip';

/**
 * Two releases written for these tests (our own text, modelled on real newsroom releases): a Word file
 * and a saved newsroom page with navigation, a cookie banner and share buttons around the release.
 */
export const DOCX_HEADLINE = 'Acme Indonesia opens a research lab in Bandung';
export const DOCX_QUOTE = 'Bandung has the engineers we need, and we intend to hire three hundred of them by next year';
export const HTML_HEADLINE = 'Nordwind Energie and Acme sign a wind power agreement';
export const HTML_QUOTE = 'This agreement doubles the clean power our plants can buy';

const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')}</w:t></w:r></w:p>`;

/** A minimal but complete .docx (the parts Word itself requires), built with JSZip. */
export async function releaseDocx(): Promise<Buffer> {
  const body = [
    para('FOR IMMEDIATE RELEASE'),
    para(DOCX_HEADLINE, 'Title'),
    para(
      'BANDUNG, Indonesia, March 3, 2026 – Acme Indonesia today opened a research laboratory in Bandung, its first outside Jakarta, with room for 300 engineers.',
    ),
    para(`“${DOCX_QUOTE},” said Rina Wijaya, President Director of Acme Indonesia.`),
    para('The laboratory will work on battery management software for electric motorcycles.'),
    para('About Acme Indonesia', 'Heading1'),
    para('Acme Indonesia builds software for electric vehicles. It was founded in 2015 and employs 1,200 people.'),
    para('Media contact: Dewi Lestari, press@acme-indonesia.example, +62 21 555 0100'),
  ].join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export function releaseHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${HTML_HEADLINE} | Nordwind Newsroom</title></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">Newsroom</a></li><li><a href="/careers">Careers</a></li></ul></nav></header>
<main><article>
<h1>${HTML_HEADLINE}</h1>
<p class="subhead">A ten-year contract for 120 megawatts from the North Sea</p>
<p>HAMBURG, Germany, February 12, 2026 – Nordwind Energie and Acme signed a ten-year power purchase agreement today for 120 megawatts of offshore wind power.</p>
<p>“${HTML_QUOTE},” said Jonas Becker, Chief Executive Officer of Nordwind Energie.</p>
<p>Deliveries start in the first quarter of 2027 from the Nordwind 3 wind farm.</p>
<h2>About Nordwind Energie</h2>
<p>Nordwind Energie operates six offshore wind farms in the North Sea and the Baltic Sea.</p>
<p>Press contact: Anna Schulz, presse@nordwind.example, +49 40 555 0199</p>
</article>
<div class="share"><a href="https://twitter.example/share">Share on X</a> <a href="https://facebook.example/share">Share on Facebook</a></div>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/news/1">Nordwind 3 reaches full power</a></li></ul></aside>
</main>
<footer><p>© 2026 Nordwind Energie GmbH · Imprint · Privacy</p></footer>
</body></html>`;
}
