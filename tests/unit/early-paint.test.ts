import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp';
import { buildGateSpec, buildLatin1Pivot, earlySource } from '../../lib/detect/gate-patterns';
import { createMatcher, scanRoot, type ScanHit } from '../../lib/detect/matcher';
import { matcherTerms, neighbourTerms } from '../../lib/detect/matcher-terms';
import { MATCH_CHARS, scanPage } from '../../lib/detect/page-scan';
import { buildPivotTemplate } from '../../lib/detect/pivot';
import { choosePivots } from '../../lib/detect/pivot-template';
import { createMatcherCore } from '../../lib/detect/matcher-core';
import { MAX_MENTIONS } from '../../lib/reader/page-mentions';
import {
  BESIDE,
  EARLY_MAX,
  EARLY_TEXT_BUDGET,
  findEarlyNames,
  paintEarly,
  startEarlyPaint,
} from '../../lib/reader/early-paint';
import { MENTION_HIGHLIGHT, defaultSettings } from '../../lib/reader/settings';

/**
 * The gate's early paint (lib/reader/early-paint.ts) shows names before the reader has judged the
 * page: it must never paint what the reader's scan would not, on any page we have, on the traps
 * written for it, and on the pages a helper wrote and labelled blind.
 */
const { topic } = mppPack;
const source = buildGateSpec(topic.aliases, neighbourTerms(topic)).earlyNames!;
const matcher = createMatcher([topic]);
// The reader's own scan, as reader-core.ts builds it: terms built ahead, no prefilter, pivots.
const template = buildPivotTemplate(topic.aliases)!;
const readerMatcher = createMatcherCore(matcherTerms([topic])!, {}, null);
const readerPivots = choosePivots(() => template, buildLatin1Pivot(topic.aliases));

function documentOf(html: string): Document {
  const window = new Window({ url: 'https://news.example/a' });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Early ranges as [text, node, start, end]; every one must be a hit of the reader's own scan. */
function earlyRanges(doc: Document, budget = Infinity) {
  return findEarlyNames(doc, source, budget);
}

/**
 * Every early range is a hit of the reader's scans: scanRoot (the whole text, as the CLI reads it)
 * and scanPage (the reader's, with its pivots), within the reader's cap on mentions.
 */
function expectReaderAgrees(doc: Document, ranges: Range[]) {
  const scans: Array<[string, ScanHit[]]> = [
    ['scanRoot', scanRoot(doc, matcher)],
    ['scanPage', scanPage([doc.body], readerMatcher, readerPivots).slice(0, MAX_MENTIONS)],
  ];
  for (const [scan, hits] of scans)
    for (const r of ranges) {
      const same = hits.some(
        (h) =>
          h.startNode === r.startContainer &&
          h.startOffset === r.startOffset &&
          h.endNode === r.endContainer &&
          h.endOffset === r.endOffset,
      );
      expect(same, `${scan}: early paint of "${r.toString()}" in "${r.startContainer.textContent}"`).toBe(
        true,
      );
    }
}

const htmlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
const fixtures = join(import.meta.dirname, '../fixtures');
const pages = [
  ...htmlFiles(join(fixtures, 'detection')),
  ...htmlFiles(join(fixtures, 'blind')),
  ...htmlFiles(join(fixtures, 'pages')),
  ...htmlFiles(join(fixtures, 'site/news')),
];

describe('early paint: only what the reader paints too', () => {
  it.each(pages.map((p) => [p.slice(fixtures.length + 1), p]))('%s', (_, path) => {
    const doc = documentOf(readFileSync(path, 'utf8'));
    expectReaderAgrees(doc, earlyRanges(doc));
  });

  it('finds names on the pages that have them (the check above is not vacuous)', () => {
    const found = pages.map((p) => earlyRanges(documentOf(readFileSync(p, 'utf8'))).length);
    expect(found.filter((n) => n > 0).length).toBeGreaterThanOrEqual(10);
  });

  const cases: Array<[string, string, string[]]> = [
    [
      'a name',
      '<p>Sent back under the Migrant Protection Protocols last year.</p>',
      ['Migrant Protection Protocols'],
    ],
    [
      'in capitals, and with odd spaces',
      '<h1>MIGRANT PROTECTION\u00a0PROTOCOLS:</h1>\n<p>The Migrant\n  Protection Protocol.</p>',
      ['MIGRANT PROTECTION\u00a0PROTOCOLS', 'Migrant\n  Protection Protocol'],
    ],
    [
      'Spanish, with or without accents',
      '<p>Los Protocolos de Protección a Migrantes y los Protocolos de Proteccion al Migrante.</p>',
      ['Protocolos de Protección a Migrantes', 'Protocolos de Proteccion al Migrante'],
    ],
    [
      'all in lower case: an ordinary phrase to the matcher',
      '<p>so-called migrant protection protocols</p>',
      [],
    ],
    [
      'phrases and short forms: judged by the reader alone',
      '<p>The Remain in Mexico policy, or MPP, “Quédate en México”.</p>',
      [],
    ],
    [
      'a word run on inside the node',
      '<p>preMigrant Protection Protocols and Migrant Protection Protocolsx</p>',
      [],
    ],
    [
      'a word run on across inline elements',
      '<p>pre<b>Migrant Protection Protocols</b> and <i>Migrant Protection Protocols</i>x</p>',
      [],
    ],
    [
      'a word joined across a script the reader skips',
      '<p>pre<script>;</script>Migrant Protection Protocols</p>',
      [],
    ],
    [
      'a soft hyphen or combining mark beside it',
      '<p>x\u00adMigrant Protection Protocols, Migrant Protection Protocols\u0301</p>',
      [],
    ],
    [
      'a long s or Kelvin sign, which the matcher does not fold',
      '<p>Migrant Protection Protocol\u017f</p>',
      [],
    ],
    [
      'text the reader leaves out',
      '<script>var a = "Migrant Protection Protocols";</script><textarea>Migrant Protection Protocols</textarea><div contenteditable>Migrant Protection Protocols</div><div hidden>Migrant Protection Protocols</div><p style="display:none">Migrant Protection Protocols</p><noscript>Migrant Protection Protocols</noscript>',
      [],
    ],
    [
      'beside a block, after a break the reader sees',
      '<h2>Migrant Protection Protocols</h2><p>The rule.</p>',
      [],
    ],
    [
      'beside punctuation and spaces',
      '<p>(<em>Migrant Protection Protocols</em>), the “Migrant Protection Protocols”.</p>',
      ['Migrant Protection Protocols', 'Migrant Protection Protocols'],
    ],
  ];
  it.each(cases)('%s', (_, html, expected) => {
    const doc = documentOf(`<html><body>${html}</body></html>`);
    const ranges = earlyRanges(doc);
    expect(ranges.map((r) => r.toString())).toEqual(expected);
    expectReaderAgrees(doc, ranges);
  });

  it('takes a name beside a character only where the matcher takes it too', () => {
    const beside: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (BESIDE.test(ch)) beside.push(ch);
    }
    // Spaces and punctuation of ASCII, Latin-1 and General Punctuation: not a handful.
    expect(beside.length).toBeGreaterThan(100);
    for (const ch of beside) {
      const exact = matcher
        .match(`Under x${ch}Migrant Protection Protocols${ch}y, they waited.`)
        .map((m) => m.mention.exact);
      expect(exact, `U+${ch.charCodeAt(0).toString(16)}`).toContain('Migrant Protection Protocols');
    }
    for (const ch of [
      'a',
      'é',
      '9',
      '_',
      '\u00ad',
      '\u0301',
      '\u200b',
      '\ufeff',
      '\u00b2',
      '\u00aa',
      'ª',
      '\u203f',
    ])
      expect(BESIDE.test(ch), ch).toBe(false);
  });

  it('searches a huge text node only as far as its budget', () => {
    const name = 'the Migrant Protection Protocols';
    const near = documentOf(`<html><body><p>${name}${' filler'.repeat(20_000)}</p></body></html>`);
    expect(earlyRanges(near, 32_768).map(String)).toEqual(['Migrant Protection Protocols']);
    const far = documentOf(`<html><body><p>${' filler'.repeat(10_000)}${name}</p></body></html>`);
    expect(earlyRanges(far, 32_768)).toEqual([]);
    expect(earlyRanges(far, Infinity).map(String)).toEqual(['Migrant Protection Protocols']);
  });

  it('gives up on an edge past a few nodes the reader leaves out', () => {
    const scripts = (n: number) => '<script>1</script>'.repeat(n);
    const html = (n: number) =>
      `<html><body><p>under ${scripts(n)}Migrant Protection Protocols.</p></body></html>`;
    expect(earlyRanges(documentOf(html(3))).map(String)).toEqual(['Migrant Protection Protocols']);
    expect(earlyRanges(documentOf(html(20)))).toEqual([]);
  });

  it("keeps its names inside the reader's first batch and before its cap on mentions", () => {
    // A break between blocks may add a character per text node to the reader's text.
    expect(EARLY_TEXT_BUDGET * 2).toBeLessThanOrEqual(MATCH_CHARS);
    // Mentions that fit before a name: the shortest alias each, one per list item.
    const shortestAlias = Math.min(...topic.aliases.map((a) => a.text.length));
    const shortestName = Math.min(...source.split('|').map((n) => n.replace(/\[(.)[^\]]*\]/g, '$1').length));
    expect((EARLY_TEXT_BUDGET - shortestName) / shortestAlias).toBeLessThan(MAX_MENTIONS);
    // Packed as tightly as a page can, up to the budget: the name still comes within the cap.
    const last = '(Migrant Protection Protocols)';
    const items = Math.floor((EARLY_TEXT_BUDGET - last.length) / shortestAlias);
    const packed = `<html><body><ul>${'<li>MPP</li>'.repeat(items)}<li>${last}</li></ul></body></html>`;
    const doc = documentOf(packed);
    const ranges = earlyRanges(doc, EARLY_TEXT_BUDGET);
    expect(ranges.map(String)).toEqual(['Migrant Protection Protocols']);
    expectReaderAgrees(doc, ranges);
  });

  it('reads at most its budget of text, and paints at most EARLY_MAX names', () => {
    const para = '<p>Under the Migrant Protection Protocols, asylum seekers waited.</p>';
    const doc = documentOf(`<html><body>${para.repeat(40)}</body></html>`);
    expect(earlyRanges(doc)).toHaveLength(EARLY_MAX);
    const text = doc.querySelector('p')!.textContent!.length;
    expect(earlyRanges(doc, text * 3)).toHaveLength(3);
  });
});

describe('early paint: the names it looks for', () => {
  it('takes the pack names, longest first, and no phrase or short form', () => {
    const names = source.split('|');
    expect(names).toContain('migrant protection protocols');
    expect(names).toContain('protocolos de protecci[oó]n a migrantes');
    expect(names.indexOf('migrant protection protocols')).toBeLessThan(
      names.indexOf('migrant protection protocol'),
    );
    expect(source).not.toMatch(/remain|mpp\b|qu\[e/);
  });

  it('leaves out a name that shares text with another kind of term or a neighbour', () => {
    const aliases = [
      { text: 'Border Deal', kind: 'name' },
      { text: 'Border Deal Act', kind: 'phrase' },
      { text: 'Safe Return Plan', kind: 'name' },
      { text: 'Return Plan Office', kind: 'name' },
      { text: 'Wait Program', kind: 'name' },
    ];
    expect(earlySource(aliases, ['Wait Program Two'])).toBe('return plan office|safe return plan');
    expect(earlySource([{ text: 'Only', kind: 'phrase' }], [])).toBeNull();
  });

  it("leaves out a name inside a neighbour's own name, as the matcher reads neighbours", () => {
    const neighbour = {
      name: 'Migrant Protection Protocols Act',
      aliases: [],
      note: 'A bill, not the policy.',
    };
    const others = neighbourTerms({ neighbours: [neighbour] });
    const names = earlySource(topic.aliases, others)!.split('|');
    expect(names).not.toContain('migrant protection protocols');
    expect(names).not.toContain('migrant protection protocol');
    expect(names).toContain('protocolos de protecci[oó]n a migrantes');
  });
});

describe('early paint: painting and taking it out', () => {
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const docWithRegistry = () => {
    const highlights = new Map<string, unknown>();
    const doc = { defaultView: { CSS: { highlights }, Highlight: FakeHighlight } } as unknown as Document;
    return { doc, highlights };
  };
  const range = {} as Range;

  it('registers the ranges under the mention highlight and drops only its own', () => {
    const { doc, highlights } = docWithRegistry();
    const paint = paintEarly(doc, [range])!;
    expect((highlights.get(MENTION_HIGHLIGHT) as FakeHighlight).ranges).toEqual([range]);
    paint.drop();
    expect(highlights.has(MENTION_HIGHLIGHT)).toBe(false);
    const again = paintEarly(doc, [range])!;
    const readers = new FakeHighlight();
    highlights.set(MENTION_HIGHLIGHT, readers);
    again.drop();
    expect(highlights.get(MENTION_HIGHLIGHT)).toBe(readers);
  });

  it('paints nothing over a highlight already there, nor without ranges or the API', () => {
    const { doc, highlights } = docWithRegistry();
    const readers = new FakeHighlight();
    highlights.set(MENTION_HIGHLIGHT, readers);
    expect(paintEarly(doc, [range])).toBeNull();
    expect(highlights.get(MENTION_HIGHLIGHT)).toBe(readers);
    expect(paintEarly(docWithRegistry().doc, [])).toBeNull();
    expect(paintEarly({ defaultView: {} } as unknown as Document, [range])).toBeNull();
  });

  it('paints only where the stored settings let the reader paint, in the default colour', () => {
    const html = '<p>Sent back under the Migrant Protection Protocols.</p>';
    const painted = (stored: unknown, host = 'news.example') => {
      const doc = documentOf(`<html><body>${html}</body></html>`);
      const highlights = new Map<string, unknown>();
      // happy-dom has no Highlight API: the registry and constructor stand in.
      Object.defineProperty(doc.defaultView, 'CSS', { value: { highlights } });
      Object.defineProperty(doc.defaultView, 'Highlight', { value: FakeHighlight });
      startEarlyPaint(doc, source, stored, host);
      return ((highlights.get(MENTION_HIGHLIGHT) as FakeHighlight | undefined)?.ranges ?? []).map(String);
    };
    expect(painted(null)).toEqual(['Migrant Protection Protocols']);
    expect(painted({ ...defaultSettings })).toEqual(['Migrant Protection Protocols']);
    expect(painted({ paused: true })).toEqual([]);
    expect(painted({ disabledHosts: ['news.example'] })).toEqual([]);
    expect(painted({ disabledHosts: ['other.example'] })).toEqual(['Migrant Protection Protocols']);
    expect(painted({ color: '#66ccff' })).toEqual([]);
    expect(painted('not settings')).toEqual(['Migrant Protection Protocols']);
    expect(painted({ color: '#FFE066' })).toEqual(['Migrant Protection Protocols']);
  });

  it('goes without, never throws, where a hostile page breaks the DOM', () => {
    const doc = documentOf(
      '<html><body><p>Sent back under the Migrant Protection Protocols.</p></body></html>',
    );
    Object.defineProperty(doc, 'createTreeWalker', {
      value: () => {
        throw new Error('clobbered');
      },
    });
    expect(startEarlyPaint(doc, source, null, 'news.example')).toBeNull();
  });
});
