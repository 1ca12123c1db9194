/**
 * The figure and date checks worded in each UI language (lib/i18n/explain.ts), from the reasons
 * the real checks give on the real pack.
 */
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { checkFigures } from '../../lib/figures/check';
import { explainDateCheck, explainFigure } from '../../lib/i18n/explain';
import { SIDEBAR_STRINGS } from '../../lib/i18n/sidebar';
import type { DateCheckView } from '../../lib/messaging/contract';

const reasonOf = (passage: string, pageDate: string | null) => {
  const [check] = checkFigures(passage, pageDate, mppPack);
  return check!;
};
const both = (passage: string, pageDate: string | null) => {
  const c = reasonOf(passage, pageDate);
  return {
    kind: c.reason.kind,
    en: explainFigure(c.raw, c.reason, SIDEBAR_STRINGS.en, 'en'),
    es: explainFigure(c.raw, c.reason, SIDEBAR_STRINGS.es, 'es'),
  };
};

describe('explainFigure', () => {
  it('words an agreeing figure in English and in Spanish, numbers and dates in each one’s format', () => {
    const r = both('Since January 2019, more than 16,500 migrants have been returned under MPP.', null);
    expect(r.kind).toBe('agrees');
    expect(
      r.en.startsWith(
        '“more than 16,500” (Migrants returned to Mexico under MPP so far) agrees with more than 16,500 migrants as of July 2019 (000).',
      ),
    ).toBe(true);
    expect(r.en).toContain(
      'Later: around 60,000 migrants as of March 2020 (public record); 68,000–74,000 migrants as of January 2021 (public record); around 70,000 migrants',
    );
    expect(r.es.slice(0, 134)).toBe(
      '«more than 16,500» (Migrantes devueltos a México bajo los MPP hasta ahora) coincide con más de 16.500 migrantes a julio de 2019 (000).',
    );
  });

  it('words later figures, an out-of-date number and a number beyond the sources', () => {
    const later = both('About 240 migrants were returned under MPP.', null);
    expect(later.kind).toBe('agrees');
    expect(later.es).toContain('Después: más de 16.500 migrantes a julio de 2019 (000); ');
    const outdated = both('About 240 migrants were returned under MPP.', '2020-01-10');
    expect(outdated.kind).toBe('outdated');
    expect(outdated.en).toContain(
      'the page is dated 10 Jan 2020 and by then the curated figure was more than 16,500',
    );
    expect(outdated.es).toContain('el número está desactualizado');
    expect(later.es).toContain('68.000–74.000 migrantes a enero de 2021 (registro público)');
    // A running count is only contradicted by a figure of the same time.
    const undated = both('More than 200,000 migrants were sent back under MPP.', null);
    expect(undated.kind).toBe('no-figure-then');
    expect(undated.en).toContain(
      'this count changed over time and the page has no date, so it is not compared',
    );
    const between = both('More than 5,000 migrants were sent back under MPP.', '2019-05-10');
    expect(between.kind).toBe('no-figure-then');
    expect(between.es).toContain('las fuentes no dan una cifra de este conteo para 10 may 2019');
    const wrong = both('More than 30,000 migrants were sent back under MPP.', '2019-07-20');
    expect(wrong.kind).toBe('no-match');
    for (const r of [later, outdated, undated, between, wrong]) {
      expect(r.en).not.toMatch(/[{}]/);
      expect(r.es).not.toMatch(/[{}]/);
      expect(r.es).not.toContain(' agrees ');
    }
  });
});

describe('explainDateCheck', () => {
  const check: DateCheckView = {
    pageDate: '2026-01-16',
    eventsDate: '2019-03',
    disagrees: true,
    predates: false,
    seed: '001_x',
    evidence: 'last month',
  };
  it('names the seed, both dates and the seed’s own words, in the UI language', () => {
    expect(explainDateCheck(check, '001 · Mexico News Daily', SIDEBAR_STRINGS.es, 'es')).toBe(
      'Esta página está fechada el 16 ene 2026, pero su texto coincide con 001 · Mexico News Daily, que informa de hechos de marzo de 2019: «last month». Expresiones como «el mes pasado» remiten a marzo de 2019, no a la fecha de la página.',
    );
    expect(
      explainDateCheck({ ...check, pageDate: '2018-11-02', predates: true }, '001', SIDEBAR_STRINGS.en, 'en'),
    ).toContain('dated 2 Nov 2018, before the events its text reports');
    expect(explainDateCheck({ ...check, pageDate: null }, '001', SIDEBAR_STRINGS.en, 'en')).toBe(
      'This page shows no date; its text matches 001, which reports events of March 2019.',
    );
  });
});
