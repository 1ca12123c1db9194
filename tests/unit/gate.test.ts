import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp';
import { buildPrefilter } from '../../lib/detect/prefilter';
import { buildGateSpec, fastPrefix } from '../../lib/detect/gate-patterns';
import { createMayMention, loosePattern } from '../../lib/detect/may-mention';
import { foldString } from '../../lib/text/fold';
import { foldTable } from '../../lib/detect/pivot';
import { createMatcher, scanRoot } from '../../lib/detect/matcher';
import { neighbourTerms } from '../../lib/detect/matcher-terms';
import { readSeeds } from '../../lib/node/seeds';

/**
 * The content script's gate (entrypoints/gate/index.ts) tests the raw page text with one pattern
 * (gate-patterns.ts, may-mention.ts) that wxt.config.ts builds, so the reader loads only where an
 * alias could be. Missing a page the detector would find mentions on is the one thing it must
 * never do.
 */
const prefilter = buildPrefilter(mppPack.topic.aliases.map((a) => a.text))!;
const gate = new RegExp(prefilter.source);
const opens = createMayMention(buildGateSpec(mppPack.topic.aliases, neighbourTerms(mppPack.topic)));
const matcher = createMatcher([mppPack.topic]);

describe('content script gate', () => {
  const dir = join(import.meta.dirname, '../fixtures/detection');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    files: Record<string, { mentions: string[] }>;
  };

  it.each(Object.keys(expected.files))('opens for %s wherever the detector finds a mention', (file) => {
    const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
    const found = scanRoot(document as unknown as Document, matcher);
    for (const hit of found) expect(opens(hit.mention.exact), hit.mention.exact).toBe(true);
    if (found.length > 0) expect(opens(document.body.textContent ?? '')).toBe(true);
  });

  it('opens for every alias, in any case, with accents, soft hyphens and zero-width characters', () => {
    for (const { text } of mppPack.topic.aliases) {
      expect(opens(text), text).toBe(true);
      expect(opens(text.toUpperCase()), text).toBe(true);
      expect(opens(text.replace(/(\p{L})(\p{L})/u, '$1\u00ad$2')), text).toBe(true);
      expect(opens(text.replace(/(\p{L})(\p{L})/u, '$1\u200b$2')), text).toBe(true);
      expect(opens(text.normalize('NFD')), text).toBe(true);
      expect(opens(text.replace(/ /g, '\u00a0\u00ad')), text).toBe(true);
    }
    expect(opens('QUEDATE EN MEXICO')).toBe(true);
    expect(opens('Rally under #RemainInMexico')).toBe(true);
    // Spaces past Latin-1 (thin, em, ideographic) are in the small pattern; letters past it (ō) send
    // the text to one more test, with each such letter as a stand-in any letter class takes.
    expect(opens('Court revives Remain\u2009in\u3000Mexico')).toBe(true);
    expect(opens('Court revives Remain in Mexicō')).toBe(true);
    // Words run together by a <br>, as textContent gives them, open it too.
    expect(opens('Court revives Remain inMexico')).toBe(true);
    expect(opens('Court revives MIGRATION PROTECTION PROTOCOLS')).toBe(true);
  });

  it('opens for every alias with any run of what the matcher folds to a space between its words', () => {
    // Dashes and spaces past Latin-1 too: those stay on the small pattern (gate-patterns.ts).
    const { space } = foldTable();
    expect(space.length).toBeGreaterThan(20);
    for (const alias of mppPack.topic.aliases.filter((a) => a.text.includes(' '))) {
      for (const cp of space) {
        const ch = String.fromCodePoint(cp);
        const text = `x ${alias.text.replace(/ /g, ch + ch)} x`;
        expect(opens(text), `${alias.text} with U+${cp.toString(16)}`).toBe(true);
      }
    }
  });

  it('agrees with the flagged prefilter on the seed articles, opens where they name the policy, and stays shut on unrelated text', () => {
    for (const text of Object.values(readSeeds())) {
      prefilter.lastIndex = 0;
      expect(gate.test(text.toLowerCase())).toBe(prefilter.test(text));
      if (matcher.match(text).length > 0) expect(opens(text)).toBe(true);
    }
    expect(opens('The Raptors beat the Celtics 112-104 on Tuesday night in Toronto.')).toBe(false);
    // A page about the border that names Mexico, migrants and protection, but not the policy.
    expect(
      opens(
        'Migrants in Mexico asked for protection; officials in Mexico City said they would stay in touch.',
      ),
    ).toBe(false);
  });

  it('takes every form of each letter that the matcher folds to it, so that no accented or capital form slips past it', () => {
    // Every letter of Latin-1, Latin Extended-A/B and U+1E00–U+1EFF that folds to a plain letter,
    // put in each position of each alias, the first too: the gate opens wherever the matcher
    // could match.
    const ranges = [
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xc0, 0x24f],
      [0x1e00, 0x1eff],
    ];
    const variants = new Map<string, string[]>();
    for (const [from, to] of ranges)
      for (let cp = from!; cp <= to!; cp++) {
        const ch = String.fromCodePoint(cp);
        const f = foldString(ch);
        if (/^[a-z]$/.test(f)) variants.set(f, [...(variants.get(f) ?? []), ch]);
      }
    let checked = 0;
    for (const alias of mppPack.topic.aliases.filter((a) => a.kind !== 'short')) {
      const f = foldString(alias.text);
      for (let i = 0; i < f.length; i++) {
        for (const v of variants.get(f[i]!) ?? []) {
          const text = f.slice(0, i) + v + f.slice(i + 1);
          expect(opens(`x ${text} x`), `${alias.text} with ${v} at ${i}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });

  it('sieves with one piece shared by many names, and tests every page in full when a name has no piece', () => {
    const names = ['remain in mexico', 'quedate en mexico', 'migrant protection protocols'];
    const spec = buildGateSpec(
      names.map((text) => ({ text, kind: 'name' })),
      [],
    );
    // Two pieces cover the three names: "mexico" for two of them, a piece of the third (the gate
    // adds the class of characters past Latin-1 at run time).
    expect(spec.sieve!.split('|').length).toBe(2);
    const sieve = new RegExp(spec.sieve!);
    expect(sieve.test('Quédate en MÉXICO')).toBe(true);
    expect(sieve.test('A member spoke at Queen’s Park about the protest.')).toBe(false);
    const short = buildGateSpec([{ text: 'la ley', kind: 'name' }], []);
    expect(short.sieve).toBeNull();
    expect(createMayMention(short)('según la ley')).toBe(true);
  });

  it('tests text holding a letter past Latin-1 once more, loosened, and stays shut without an alias', () => {
    // "ń" folds to "n", a letter of the names: the text is tested again, without ignorables, with
    // every letter past Latin-1 as one stand-in that every letter class takes.
    expect(opens('Gdańsk, 2019. Asylum seekers wait under Remain in Mexico.')).toBe(true);
    expect(opens('Gdańsk, 2019. Asylum seekers wait in Mexico for hearings.')).toBe(false);
    expect(opens('Gdańsk, 2019. Migrant Protection Proto\u00adcols.')).toBe(true);
    expect(opens('Gdańsk, 2019. Ŕemaiń in Ḿexiço.')).toBe(true);
    expect(opens('Łódź, 2019. Quédate en Méxićo, dijo.')).toBe(true);
    expect(opens('Łódź, 2019. Quédate en casa, dijo el gobierno de México.')).toBe(false);
  });

  it('matches a short form as written, letters past Latin-1 and ignorables inside it too', () => {
    const czech = createMayMention(
      buildGateSpec(
        [
          { text: 'Česká strana sociálně demokratická', kind: 'name' },
          { text: 'ČSSD', kind: 'short' },
        ],
        [],
      ),
    );
    expect(czech('Volby: ČSSD ztratila.')).toBe(true);
    expect(czech('Volby: Č\u00adSSD ztratila.')).toBe(true);
    expect(czech('Volby: ČS\u200bSD ztratila.')).toBe(true);
    expect(czech('Volby: ODS ztratila.')).toBe(false);
  });

  it('loosens only letter classes: a negated class, an escaped bracket and a letter outside a class stay as written', () => {
    expect(loosePattern('[Mm][Pp]\\W*x')).toBe('[\u0100Mm][\u0100Pp]\\W*x');
    expect(loosePattern('[^a]\\[b]MPP')).toBe('[^a]\\[b]MPP');
  });

  it('asks the fast pattern for three words of a name, more while they are short', () => {
    expect(fastPrefix('protocolos de proteccion a migrantes')).toBe('protocolos de proteccion');
    expect(fastPrefix('remain in mexico')).toBe('remain in mexico');
    expect(fastPrefix('la ley de asilo politico de mexico')).toBe('la ley de asilo politico');
    const spec = buildGateSpec([{ text: 'la ley de asilo político', kind: 'name' }], []);
    expect(createMayMention(spec)('Según la ley de la república')).toBe(false);
    expect(createMayMention(spec)('Según la Ley de Asilo Político')).toBe(true);
  });

  it('writes the fast pattern small: a name another finds goes, names that differ only in their first word share the rest', () => {
    const spec = buildGateSpec(
      [
        'Remain in Mexico',
        'stay in Mexico',
        'RemainInMexico',
        'permanezca en México',
        'permanezcan en México',
      ].map((text) => ({ text, kind: 'name' })),
      [],
    );
    const mexico = '[Mm][EeÈ-Ëè-ë][Xx][IiÌ-Ïì-ï][CcÇç][OoÒ-Öò-ö]';
    expect(spec.fast!.split(mexico).length - 1).toBe(2);
    const opensHere = createMayMention(spec);
    for (const text of [
      '#RemainInMexico',
      'STAY – IN MEXICO',
      'permanezca en Mexico',
      'Permanezcan en México',
    ])
      expect(opensHere(`Dijo: ${text}.`), text).toBe(true);
    expect(opensHere('permanezcan en casa, not in Mexico')).toBe(false);
  });

  it('opens for every page when the pack gives neither names nor short forms', () => {
    expect(createMayMention(buildGateSpec([], []))('any text at all')).toBe(true);
  });
});
