/**
 * The content script's page scan (lib/detect/page-scan.ts) must find what scanRoot finds on
 * the whole document: the same mentions, at the same DOM points, on every labelled page and on
 * pages where mentions are split over inline elements, soft hyphens and odd spaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { createMatcher, scanRoot, type ScanHit } from '../../lib/detect/matcher';
import { createMatcherCore } from '../../lib/detect/matcher-core';
import { matcherTerms, type MatcherTerms } from '../../lib/detect/matcher-terms';
import { scanPage, scanPageSliced } from '../../lib/detect/page-scan';
import { buildPivotTemplate } from '../../lib/detect/pivot';
import { buildLatin1Pivot } from '../../lib/detect/gate-patterns';
import {
  ALT_MARK,
  asPivotTemplate,
  choosePivots,
  loadedOnRequest,
  pivotRegexes,
  pivotSource,
  type PivotChoice,
} from '../../lib/detect/pivot-template';
import { foldString } from '../../lib/text/fold';

const matcher = createMatcher([mppPack.topic]);
const template = buildPivotTemplate(mppPack.topic.aliases)!;
const latin1 = buildLatin1Pivot(mppPack.topic.aliases)!;
const fullPivots = pivotRegexes(template);
const chosenPivots = choosePivots(() => template, latin1);
// Before the reader has fetched the template.
const interimPivots = choosePivots(() => null, latin1);
const dir = fileURLToPath(new URL('../fixtures/detection/', import.meta.url));
const blindDir = fileURLToPath(new URL('../fixtures/blind/', import.meta.url));
/** Every labelled page: the detection fixtures and the blind ones. */
const labelledPages = [dir, blindDir].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.html'))
    .map((f) => d + f),
);

const shape = (hits: ScanHit[]) =>
  hits.map((h) => ({
    exact: h.mention.exact,
    startNode: h.startNode,
    startOffset: h.startOffset,
    endNode: h.endNode,
    endOffset: h.endOffset,
  }));

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

// Every test runs with the full pivots alone and with the pivots the reader chooses per text
// (the Latin-1 pivot where the text stays within Latin-1).
describe.each<[string, PivotChoice]>([
  ['the full pivots', () => fullPivots],
  ['the chosen pivots', chosenPivots],
  ['the chosen pivots before the template is at hand', interimPivots],
])('scanPage with %s', (_, pivot) => {
  it.each(labelledPages)('finds what scanRoot finds on %s', (path) => {
    const d = doc(readFileSync(path, 'utf8'));
    const whole = scanRoot(d, matcher);
    expect(shape(scanPage([d.body], matcher, pivot))).toEqual(shape(whole));
  });

  it('finds aliases in any case, with accents, dashes, soft hyphens and zero-width characters', () => {
    const variants = [
      'the Remain in Mexico policy',
      'the REMAIN-IN-MEXICO policy',
      'the “remain\u00a0in Me\u00adxico” policy',
      'the Remain in Me\u0301xico policy',
      'el programa Qu\u00e9\u200bdate en M\u00e9xico',
      'the Mi\u00adgrant Pro\u200btection Proto\u0301cols',
      'PROTOCOLOS DE PROTECCIÓN AL MIGRANTE',
    ];
    for (const v of variants) {
      const d = doc(
        `<html><body><p>Asylum seekers wait. ${v.replace(/(\w)(\w)/, '$1<em>$2')}</em> in court.</p></body></html>`,
      );
      const hits = scanPage([d.body], matcher, pivot);
      expect(hits.length, v).toBe(1);
      expect(shape(hits)).toEqual(shape(scanRoot(d, matcher)));
    }
  });

  it('skips scripts and hidden subtrees, and keeps to the roots it was given', () => {
    const d = doc(
      '<html><body><script>var t = "Remain in Mexico"</script><div hidden><p>the Remain in Mexico policy</p></div>' +
        '<p id="a">Asylum: the <span id="s">Remain in Mexico</span> policy and the Migrant Protection Protocols.</p></body></html>',
    );
    expect(scanPage([d.body], matcher, pivot).map((h) => h.mention.exact)).toEqual([
      'Remain in Mexico',
      'Migrant Protection Protocols',
    ]);
    // An element added inside a paragraph: judged with its paragraph, reported alone.
    const span = d.getElementById('s')!;
    expect(scanPage([span], matcher, pivot).map((h) => h.mention.exact)).toEqual(['Remain in Mexico']);
  });

  it('finds a mention across a <br> (a headline on two lines), never across paragraphs', () => {
    const d = doc(
      '<html><body><h1>Court revives Remain in<br>Mexico</h1><p>It was called Remain in</p><p>Mexico City is far.</p></body></html>',
    );
    const exact = (hits: ScanHit[]) => hits.map((h) => h.mention.exact);
    expect(exact(scanPage([d.body], matcher, pivot))).toEqual(['Remain in\nMexico']);
    expect(exact(scanRoot(d, matcher))).toEqual(['Remain in\nMexico']);
  });

  it('finds the policy in hashtags, whose words run together', () => {
    const d = doc(
      '<html><body><p>Activists rallied under #RemainInMexico outside the court.</p>' +
        '<p>Protesta de migrantes en Tijuana: #QuedateEnMexico.</p><p>#remaininmexico</p></body></html>',
    );
    const exact = (hits: ScanHit[]) => hits.map((h) => h.mention.exact);
    expect(exact(scanPage([d.body], matcher, pivot))).toEqual(['RemainInMexico', 'QuedateEnMexico']);
    expect(exact(scanRoot(d, matcher))).toEqual(['RemainInMexico', 'QuedateEnMexico']);
  });

  it('finds nothing where no alias can be', () => {
    const d = doc(
      '<html><body><p>Mexico and migrants at the border; protection for asylum seekers.</p></body></html>',
    );
    expect(scanPage([d.body], matcher, pivot)).toEqual([]);
  });

  it('judges a long page in batches without losing short forms named only further down', () => {
    const filler =
      'they said they would stay in Mexico for a week with friends and family, ' +
      'then go home. '.repeat(30);
    const html =
      '<p>Then MPP changed.</p>' +
      Array.from({ length: 120 }, (_, i) => `<p>${i}: ${filler}</p>`).join('') +
      '<p>The Migrant Protection Protocols ended in 2021.</p>';
    const d = doc(`<html><body>${html}</body></html>`);
    const hits = scanPage([d.body], matcher, pivot);
    expect(hits.map((h) => h.mention.exact)).toEqual(['MPP', 'Migrant Protection Protocols']);
    expect(shape(hits)).toEqual(shape(scanRoot(d, matcher)));
  });

  it('judges each batch once when no later batch establishes a new topic', () => {
    const calls: number[] = [];
    const counting = {
      ...matcher,
      match: (t: string, o?: Parameters<typeof matcher.match>[1]) => (
        calls.push(t.length),
        matcher.match(t, o)
      ),
    };
    const d = doc(
      '<html><body><p>The Migrant Protection Protocols, known as MPP, sent asylum seekers back.</p>' +
        '<p>MPP ended in 2021.</p></body></html>',
    );
    expect(scanPage([d.body], counting, pivot).map((h) => h.mention.exact)).toEqual([
      'Migrant Protection Protocols',
      'MPP',
      'MPP',
    ]);
    // The batch established the topic itself: judging it again would find the same and cost twice.
    expect(calls).toHaveLength(1);
  });

  it('hands each batch over as it is judged, in document order; the scan may add to them, never withdraw', () => {
    // Every labelled page's body in one document: many batches, each with its own mentions.
    const bodies = labelledPages.map((path) => {
      const html = readFileSync(path, 'utf8');
      return html.slice(html.indexOf('>', html.indexOf('<body')) + 1, html.lastIndexOf('</body>'));
    });
    const d = doc(`<html><body>${bodies.map((b) => `<section>${b}</section>`).join('')}</body></html>`);
    const batches: ScanHit[][] = [];
    const hits = scanPage([d.body], matcher, pivot, { onBatch: (b) => batches.push([...b]) });
    expect(batches.length).toBeGreaterThan(3);
    // Each provisional hit is one of the scan's, and they come in the scan's order.
    const same = (a: ScanHit, b: ScanHit) =>
      a.startNode === b.startNode &&
      a.startOffset === b.startOffset &&
      a.endNode === b.endNode &&
      a.endOffset === b.endOffset;
    const indices = batches.flat().map((h) => hits.findIndex((f) => same(f, h)));
    expect(indices).not.toContain(-1);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(shape(hits)).toEqual(shape(scanPage([d.body], matcher, pivot)));
  });

  it('leaves a short form out of its batch when the page names the topic further down; the result has it', () => {
    const filler = 'they said they would stay in Mexico for a week, then go home. '.repeat(30);
    const html =
      '<p>Then MPP changed.</p>' +
      Array.from({ length: 120 }, (_, i) => `<p>${i}: ${filler}</p>`).join('') +
      '<p>The Migrant Protection Protocols ended in 2021.</p>';
    const d = doc(`<html><body>${html}</body></html>`);
    const batches: string[][] = [];
    const hits = scanPage([d.body], matcher, pivot, {
      onBatch: (b) => batches.push(b.map((h) => h.mention.exact)),
    });
    expect(batches).toEqual([['Migrant Protection Protocols']]);
    expect(hits.map((h) => h.mention.exact)).toEqual(['MPP', 'Migrant Protection Protocols']);
  });

  it('scans in slices, and gives up when told to', async () => {
    const d = doc(readFileSync(dir + 'en-news-remain-in-mexico.html', 'utf8'));
    let pauses = 0;
    const sliced = await scanPageSliced([d.body], matcher, pivot, async () => (pauses++, false));
    expect(pauses).toBeGreaterThan(1);
    expect(shape(sliced!)).toEqual(shape(scanPage([d.body], matcher, pivot)));
    expect(await scanPageSliced([d.body], matcher, pivot, async () => true)).toBeNull();
  });
});

describe('pivotRegexes', () => {
  it('ships each class once: the template is a fraction of the regex it expands to', () => {
    const source = pivotSource(template);
    const shipped = JSON.stringify(template).length;
    expect(shipped).toBeLessThan(source.length / 4);
    // Every mark expands: no control character is left in the regex.
    // eslint-disable-next-line no-control-regex
    expect(source).not.toMatch(/[\u0001-\u0003]/);
    expect(() => pivotSource({ body: '\u0001z', classes: {} })).toThrow(/no class for mark/);
  });

  /** Start offsets of every hit of the regexes, in order. */
  const starts = (res: RegExp[], text: string) =>
    res
      .flatMap((re) => [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => m.index))
      .sort((a, b) => a - b);

  it('gives one regex per pivot, whose hits are those of the single regex where hits do not overlap', () => {
    // The pack's aliases pivot on "gr" (Migrant…, Migration…), "PP" (MPP, PPM), "xi" (Mexico,
    // México) and "zc" (Permanezca en México, whose "zc" is rarer than its "xi").
    expect(template.body.split(ALT_MARK)).toHaveLength(4);
    const one = new RegExp(pivotSource(template), 'g');
    const text = [
      'Under the Migrant Protection Protocols, known as Remain in Mexico, MPP sent people back.',
      'Quédate en Me\u0301xico; los Protocolos de Protección a Migrantes (PPM); Permanezca en México.',
      'A migrant grant in Mexico City, an MP and a GPP: none of them the policy.',
    ].join('\n');
    expect(starts(fullPivots, text)).toEqual(starts([one], text));
    expect(starts(fullPivots, text).length).toBeGreaterThanOrEqual(6);
  });
});

describe('loadedOnRequest', () => {
  it('starts loading on the first request, gives null until loaded, then the value; a failed load is tried again', async () => {
    const loads: Array<{ resolve: (v: string) => void; reject: (e: Error) => void }> = [];
    const get = loadedOnRequest(
      () => new Promise<string>((resolve, reject) => loads.push({ resolve, reject })),
    );
    expect(loads.length).toBe(0);
    expect(get()).toBeNull();
    expect(get()).toBeNull();
    expect(loads.length).toBe(1);
    loads[0]!.reject(new Error('extension updated'));
    await Promise.resolve();
    expect(get()).toBeNull();
    expect(loads.length).toBe(2);
    loads[1]!.resolve('template');
    await Promise.resolve();
    expect(get()).toBe('template');
    expect(loads.length).toBe(2);
  });
});

describe('asPivotTemplate', () => {
  it('takes the built template and refuses any other shape', () => {
    expect(asPivotTemplate(JSON.parse(JSON.stringify(template)))).toEqual(template);
    for (const bad of [null, 'x', {}, { body: 1, classes: {} }, { body: 'a', classes: { a: 1 } }])
      expect(() => asPivotTemplate(bad), JSON.stringify(bad)).toThrow(/not a template/);
  });
});

describe('choosePivots', () => {
  const light = new RegExp(latin1.source, 'g');

  it('takes the Latin-1 pivot for text whose letters stay within Latin-1, whatever its dashes and spaces', () => {
    const lightSource = [light.source];
    const sources = (text: string) => chosenPivots(text).map((r) => r.source);
    for (const text of [
      'Court revives Remain in México, and MPP',
      'Remain\u2010in\u2010Mexico \u2014 A\u2009B',
    ])
      expect(sources(text), JSON.stringify(text)).toEqual(lightSource);
    // A letter past Latin-1, a soft hyphen, a zero-width space, a combining accent.
    for (const text of [
      'Remain in Mexicō',
      'Remain in Me\u00adxico',
      'Remain in Me\u200bxico',
      'Me\u0301xico',
    ])
      expect(sources(text), JSON.stringify(text)).toEqual(fullPivots.map((r) => r.source));
    // Built once each.
    expect(chosenPivots('MPP')).toBe(chosenPivots('Remain in Mexico'));
  });

  it('asks for the template only for text past Latin-1, and takes the interim pivots until it is at hand', () => {
    let asked = 0;
    let at: typeof template | null = null;
    const choose = choosePivots(() => (asked++, at), latin1);
    expect(choose('Court revives Remain in México')[0]!.source).toBe(light.source);
    expect(asked).toBe(0);
    expect(choose('Remain in Me\u00adxico').map((r) => r.source)).toEqual([light.source, latin1.beyond]);
    expect(asked).toBe(1);
    at = template;
    expect(choose('Remain in Mexicō').map((r) => r.source)).toEqual(fullPivots.map((r) => r.source));
    // Built once, and not asked for again.
    expect(choose('Me\u0301xico')).toBe(choose('Remain in Mexicō'));
    expect(asked).toBe(2);
  });

  it('hits inside every alias written with any Latin-1 form of any of its letters, in any case', () => {
    const variants = new Map<string, string[]>();
    for (let cp = 0x20; cp <= 0xff; cp++) {
      const ch = String.fromCharCode(cp);
      const f = foldString(ch);
      if (/^[a-z0-9]$/.test(f)) variants.set(f, [...(variants.get(f) ?? []), ch]);
    }
    let checked = 0;
    for (const alias of mppPack.topic.aliases) {
      const f = foldString(alias.text);
      for (let i = 0; i < f.length; i++) {
        for (const v of variants.get(f[i]!) ?? [f[i]!]) {
          // Words apart by any Latin-1 run that folds to a space, or by nothing (a <br>).
          const written = (f.slice(0, i) + v + f.slice(i + 1)).replace(
            / /g,
            i % 3 === 0 ? '\u00a0' : i % 3 === 1 ? ' - ' : '',
          );
          const text = `Asylum seekers: ${written}; the court.`;
          expect(chosenPivots(text)[0]!.source, written).toBe(light.source);
          const start = text.indexOf(written);
          const hits = [...text.matchAll(light)].map((m) => m.index);
          expect(
            hits.some((h) => h >= start && h < start + written.length),
            `${alias.text} written ${written}`,
          ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });
});

// The reader's matcher: no prefilter, its terms built at build time and shipped as JSON.
describe('the matcher with its terms built ahead', () => {
  const built = () => JSON.parse(JSON.stringify(matcherTerms([mppPack.topic]))) as MatcherTerms;
  const reader = createMatcherCore(built(), {}, null);

  it.each(labelledPages)('finds what the matcher given the topic finds on %s', (path) => {
    const d = doc(readFileSync(path, 'utf8'));
    expect(shape(scanPage([d.body], reader, chosenPivots))).toEqual(shape(scanRoot(d, matcher)));
  });

  it('reads the terms it is given, not the topic they were built from', () => {
    const d = doc('<html><body><p>Asylum seekers and the Remain in Mexico policy, MPP.</p></body></html>');
    expect(scanPage([d.body], reader, chosenPivots).map((h) => h.mention.exact)).toEqual([
      'Remain in Mexico',
      'MPP',
    ]);
    const terms = built();
    const cut = {
      ...terms,
      aliases: { ...terms.aliases!, terms: terms.aliases!.terms.map((t) => ({ ...t, source: 'zzzz' })) },
    };
    expect(scanPage([d.body], createMatcherCore(cut, {}, null), chosenPivots)).toEqual([]);
  });
});
