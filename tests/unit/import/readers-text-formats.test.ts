import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, repairMojibake } from '../../../src/core/import/decode-text';
import { escapeMarkdown, normaliseBlockText, plainTextOf } from '../../../src/core/import/inline-markdown';
import { ninjsProblems } from '../../../src/core/import/ninjs-schema';
import { readMarkdown } from '../../../src/core/import/readers/markdown';
import { readNinjs } from '../../../src/core/import/readers/ninjs';
import { readText } from '../../../src/core/import/readers/text';

const NINJS = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'standards', 'ninjs');

describe('Markdown reader', () => {
  it('takes YAML front matter as metadata, never as body text', () => {
    const md =
      '---\ntitle: Nordlicht opens a centre\ndate: 2023-05-23\nlang: de\n---\n# Nordlicht eröffnet Zentrum\n\nWETZLAR, 23. Mai 2023 – Text *mit* Betonung.\n';
    const source = readMarkdown('release.md', Buffer.from(md));
    expect(source.metadata.frontMatter).toMatchObject({ title: 'Nordlicht opens a centre', lang: 'de' });
    expect(source.metadata).toMatchObject({ title: 'Nordlicht opens a centre', language: 'de' });
    expect(source.blocks.map((b) => b.text)).toEqual(['Nordlicht eröffnet Zentrum', 'WETZLAR, 23. Mai 2023 – Text mit Betonung.']);
    expect(source.blocks[1]!.markdown).toBe('WETZLAR, 23. Mai 2023 – Text *mit* Betonung.');
  });

  it('takes TOML front matter as metadata', () => {
    const md = '+++\ntitle = "Rilis pers"\ndate = 2023-05-23\n+++\nJAKARTA, 23 Mei 2023 - Isi rilis.\n';
    const source = readMarkdown('rilis.md', Buffer.from(md));
    expect(source.metadata.frontMatter).toMatchObject({ title: 'Rilis pers' });
    expect(source.metadata.date).toMatch(/^2023-05-23/);
    expect(source.blocks.map((b) => b.text)).toEqual(['JAKARTA, 23 Mei 2023 - Isi rilis.']);
  });

  it('names the file when the front matter does not parse', () => {
    expect(() => readMarkdown('bad.md', Buffer.from('---\ntitle: [unclosed\n---\nBody\n'))).toThrow(
      /bad\.md: YAML front matter does not parse/,
    );
  });
});

describe('text reader and encodings', () => {
  it('splits paragraphs at blank lines; short lines keep their breaks, wrapped lines flow', () => {
    const txt =
      'FOR IMMEDIATE RELEASE\n\nA long paragraph that was hard-wrapped by the sender at about seventy\ncharacters per line, as e-mail clients do.\n\nJana Berger\nHead of Communications\npress@nordlicht.example\n';
    const source = readText('release.txt', Buffer.from(txt));
    expect(source.blocks.map((b) => b.text)).toEqual([
      'FOR IMMEDIATE RELEASE',
      'A long paragraph that was hard-wrapped by the sender at about seventy characters per line, as e-mail clients do.',
      'Jana Berger\nHead of Communications\npress@nordlicht.example',
    ]);
    expect(source.blocks[2]!.where).toBe('line 6');
    for (const b of source.blocks) expect(plainTextOf(b.markdown)).toBe(b.text);
  });

  it('decodes Windows-1252 when the bytes are not UTF-8, with a note', () => {
    const bytes = Buffer.from([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' '),
      0x93,
      ...Buffer.from('quoted'),
      0x94,
      ...Buffer.from(' M'),
      0xfc,
      ...Buffer.from('nchen'),
    ]);
    const source = readText('legacy.txt', bytes);
    expect(source.blocks[0]!.text).toBe('Café “quoted” München');
    expect(source.notes.join()).toMatch(/legacy\.txt: not valid UTF-8; decoded as Windows-1252/);
  });

  it('repairs mojibake when the repair is exact, and leaves real Latin-1 text alone', () => {
    expect(repairMojibake('CafÃ© â€œquotedâ€\u009d MÃ¼nchen')).toBe('Café “quoted” München');
    expect(repairMojibake('São Paulo, Ã  vista')).toBe('São Paulo, Ã  vista');
    const { text, notes } = decodeText('m.txt', Buffer.from('Die BÃ¼rgermeisterin sagte'));
    expect(text).toBe('Die Bürgermeisterin sagte');
    expect(notes.join()).toMatch(/repaired mojibake/);
  });

  it('escapes any text so the bundle Markdown reads back as exactly that text (seeded property)', () => {
    const seed = 20261204;
    const line = fc.string({ unit: fc.constantFrom(...'ab 1.#*_-+=>`[]()<!|&\\~:;"\'“”«»é\t'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = normaliseBlockText(lines.join('\n'));
        if (!text) return;
        expect(plainTextOf(escapeMarkdown(text))).toBe(text);
      }),
      { seed, numRuns: 500, verbose: true },
    );
  });
});

describe('ninjs reader', () => {
  it('passes the IPTC 3.1 test suite: every should_pass file is valid, every should_fail invalid', () => {
    for (const kind of ['should_pass', 'should_fail'] as const) {
      for (const file of readdirSync(path.join(NINJS, 'test_suite', '3.1', kind))) {
        const problems = ninjsProblems(JSON.parse(readFileSync(path.join(NINJS, 'test_suite', '3.1', kind, file), 'utf8')));
        expect(problems.length === 0, `${kind}/${file}: ${problems.join('; ')}`).toBe(kind === 'should_pass');
      }
    }
  });

  it('reads a real ninjs text item: headline, HTML body, date', () => {
    const file = path.join(NINJS, 'examples-3.0', 'ninjsExSimpleText_3.json');
    const [source] = readNinjs('simple.json', readFileSync(file));
    expect(source!.metadata).toMatchObject({ title: 'Captain of wrecked cruise ship on trial in Italy', date: '2013-07-09T10:37:00Z' });
    expect(source!.metadata.structured).toMatchObject({ headline: 'Captain of wrecked cruise ship on trial in Italy' });
    expect(source!.blocks).toHaveLength(4);
    expect(source!.blocks[0]!.text).toMatch(/^GROSSETO, Italy \(AP\) -- The trial/);
  });

  it('refuses an item that fails the ninjs 3.1 schema, naming the field', () => {
    const bad = JSON.stringify({ uri: 'urn:x', headlines: [{ role: 'main' }], bodies: [{ value: 'Text' }] });
    expect(() => readNinjs('bad.json', Buffer.from(bad))).toThrow(
      /bad\.json: not a valid ninjs 3\.1 item: \/headlines\/0: must have required property 'value'/,
    );
  });
});
