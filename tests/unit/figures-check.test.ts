import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { S000, S001, S004 } from '../../data/mpp/seed-files';
import { checkFigures, figureAgrees } from '../../lib/figures/check';
import { compareIsoPrefix } from '../../lib/figures/series';
import { readSeeds } from '../../lib/node/seeds';
import { explainFigure } from '../../lib/i18n/explain';
import { sidebarStrings } from '../../lib/i18n/sidebar';

/** A check in words, as the sidebar, the popover and the exports give it (one wording, in lib/i18n). */
const inEnglish = (c: { raw: string; reason: Parameters<typeof explainFigure>[1] }) =>
  explainFigure(c.raw, c.reason, sidebarStrings('en'), 'en');

const seeds = readSeeds();

function only(passage: string, pageDate: string | null) {
  const checks = checkFigures(passage, pageDate, mppPack);
  expect(checks).toHaveLength(1);
  return checks[0]!;
}

describe('checkFigures: the returned-under-MPP series', () => {
  it('agrees with "240 returned" on a page dated March 2019', () => {
    const check = only(
      'As of this week US officials said 240 migrants had been returned to Mexico.',
      '2019-03-20',
    );
    expect(check).toMatchObject({ quantity: 'people-returned-under-mpp', verdict: 'agrees', value: 240 });
    expect(check.closest).toMatchObject({ value: 240, seed: S001 });
    expect(check.current?.value).toBe(240);
  });

  it('calls "only 240" out of date on a page dated August 2019, after the July 16,500', () => {
    const check = only('Only 240 asylum seekers have been returned to Mexico so far.', '2019-08-10');
    expect(check.verdict).toBe('conflicts');
    expect(check.closest?.value).toBe(240);
    expect(check.current).toMatchObject({ value: 16500, qualifier: 'more-than', asOf: '2019-07' });
    expect(inEnglish(check)).toMatch(/out of date/i);
  });

  it('calls 001’s own "only 240" out of date under the 2026 date the page prints', () => {
    const checks = checkFigures(seeds[S001]!, '2026-01-16', mppPack);
    expect(checks.find((c) => c.value === 240)?.verdict).toBe('conflicts');
    const atEvents = checkFigures(seeds[S001]!, '2019-03', mppPack);
    expect(atEvents.find((c) => c.value === 240)?.verdict).toBe('agrees');
  });

  it('agrees "more than 60,000 returned" with the public record’s 2019–2021 total, and shows the whole series', () => {
    const check = only('More than 60,000 asylum seekers were returned to Mexico under the policy.', null);
    expect(check).toMatchObject({
      quantity: 'people-returned-under-mpp',
      verdict: 'agrees',
      qualifier: 'more-than',
    });
    expect(check.series.slice(0, 3).map((f) => f.asOf)).toEqual(['2019-03', '2019-03', '2019-07']);
    expect(check.series.some((f) => f.id === 'returned-total-2019-2021')).toBe(true);
  });

  it('allows the rounding a figure carries: "76,000" is 76,103, "about 70,000" is within the total’s range', () => {
    const crossings = only('76,000 people crossed Mexico’s northern border last month.', '2019-03');
    expect(crossings.verdict).toBe('agrees');
    const total = only('About 70,000 people were returned to Mexico under the program.', '2022-07-01');
    expect(total).toMatchObject({ quantity: 'people-returned-under-mpp', verdict: 'agrees' });
    expect(total.closest?.id).not.toBe('made-to-wait-16500-july-2019');
    const rounded = only('Roughly 68,000 asylum seekers were made to wait in Mexico.', null);
    expect(rounded.verdict).toBe('agrees');
    // Rounding has limits: 45,000 is no rounding of some 60,000 (March 2020), the closest count,
    // nor of 68,000–74,000, so it conflicts. ("Some 50,000" would pass for March 2020's "some
    // 60,000": both are round, and the month of January 2021 is not yet after the total's date.)
    const off = only('Some 45,000 asylum seekers were made to wait in Mexico under MPP.', '2021-01');
    expect(off.verdict).toBe('conflicts');
  });

  it('agrees with an undated page stating either end of the series, and says which date it fits', () => {
    const check = only('Only 240 migrants have been returned to Mexico under the program.', null);
    expect(check.verdict).toBe('agrees');
    expect(inEnglish(check)).toMatch(
      /more than 16,500 migrants as of July 2019.*no date to say which applies/,
    );
  });

  it('reads Spanish: "Más de 16.500 migrantes fueron devueltos"', () => {
    const check = only(
      'Más de 16.500 migrantes fueron devueltos a México para esperar sus audiencias.',
      '2019-07-15',
    );
    expect(check).toMatchObject({ quantity: 'people-returned-under-mpp', verdict: 'agrees', value: 16500 });
  });

  it('accepts a rounded "about 16,000 made to wait in Mexico" in July 2019 but not "3,000"', () => {
    expect(only('By July about 16,000 migrants had been made to wait in Mexico.', '2019-07-20').verdict).toBe(
      'agrees',
    );
    expect(only('By July 3,000 migrants had been made to wait in Mexico.', '2019-07-20').verdict).toBe(
      'conflicts',
    );
  });
});

describe('checkFigures: telling quantities apart', () => {
  it('assigns each number of the bus breakdown to its own country', () => {
    const checks = checkFigures(
      'Forty were from Honduras, 22 from Guatemala and seven from El Salvador.',
      null,
      mppPack,
    );
    expect(checks.map((c) => [c.value, c.quantity, c.verdict])).toEqual([
      [40, 'first-voluntary-return-bus-from-honduras', 'agrees'],
      [22, 'first-voluntary-return-bus-from-guatemala', 'agrees'],
      [7, 'first-voluntary-return-bus-from-el-salvador', 'agrees'],
    ]);
  });

  it('flags a wrong nationality count with the curated one', () => {
    const check = only('Thirty of them are from Honduras.', null);
    expect(check).toMatchObject({
      quantity: 'first-voluntary-return-bus-from-honduras',
      verdict: 'conflicts',
    });
    expect(check.closest?.value).toBe(40);
  });

  it('tells the 69 on the bus from the 66 under MPP in the same sentence', () => {
    const checks = checkFigures(
      'Sixty-six of the 69 people onboard the first bus were subject to the U.S. policy.',
      '2019-07',
      mppPack,
    );
    expect(checks.map((c) => [c.value, c.quantity, c.verdict])).toEqual([
      [66, 'first-voluntary-return-bus-under-mpp', 'agrees'],
      [69, 'first-voluntary-return-bus-passengers', 'agrees'],
    ]);
  });

  it('matches "a bus carrying 75 migrants" to the bus and rejects it', () => {
    const check = only('A bus carrying 75 migrants left Chihuahua on Tuesday.', null);
    expect(check).toMatchObject({ quantity: 'first-voluntary-return-bus-passengers', verdict: 'conflicts' });
  });

  it('knows the Guatemala transfers and the crossings figures', () => {
    expect(
      only('The ministry said around 900 Mexican asylum applicants could be affected.', '2020-01').quantity,
    ).toBe('mexican-asylum-applicants-guatemala-transfers');
    expect(only('Some 76,000 people crossed the northern border last month.', '2019-03').verdict).toBe(
      'agrees',
    );
  });

  it('leaves unrelated numbers, units and partial counts without a curated figure', () => {
    expect(only('The peso closed at 17.65 to the dollar.', null).verdict).toBe('no-curated-figure');
    expect(only('The migrants waited more than 18 months for a hearing.', null).verdict).toBe(
      'no-curated-figure',
    );
    expect(only('The policy is in place in the other two locations.', null).verdict).toBe(
      'no-curated-figure',
    );
    expect(checkFigures('In 2021, President Joe Biden ended the MPP program.', null, mppPack)).toEqual([]);
  });

  it('finds every seed’s curated figures agreeing with themselves at the events date', () => {
    for (const source of mppPack.sources) {
      const checks = checkFigures(seeds[source.seed]!, source.eventsDate, mppPack);
      for (const check of checks.filter((c) => c.quantity)) {
        expect(check.verdict, `${source.seed}: ${check.raw}`).toBe('agrees');
      }
    }
    const attributed = checkFigures(seeds[S000]!, '2019-07', mppPack)
      .filter((c) => c.quantity)
      .map((c) => c.value);
    expect(attributed).toEqual([16500, 70, 3, 66, 69, 40, 22, 7]);
    expect(
      checkFigures(seeds[S004]!, '2020-01', mppPack)
        .filter((c) => c.quantity)
        .map((c) => c.value),
    ).toEqual([900]);
  });
});

describe('figure comparison helpers', () => {
  it('compares dates on their common precision', () => {
    expect(compareIsoPrefix('2019-07', '2019-08-10')).toBeLessThan(0);
    expect(compareIsoPrefix('2019-07', '2019-07-20')).toBe(0);
    expect(compareIsoPrefix('2020', '2019-12')).toBeGreaterThan(0);
  });

  it('treats qualifiers as ranges', () => {
    const nearly70 = mppPack.figures.find((f) => f.id === 'first-bus-nearly-70')!;
    expect(figureAgrees(69, 'exact', nearly70)).toBe(true);
    expect(figureAgrees(70, 'exact', nearly70)).toBe(true);
    expect(figureAgrees(80, 'exact', nearly70)).toBe(false);
    const moreThan16500 = mppPack.figures.find((f) => f.id === 'made-to-wait-16500-july-2019')!;
    expect(figureAgrees(17000, 'exact', moreThan16500)).toBe(true);
    expect(figureAgrees(16000, 'fewer-than', moreThan16500)).toBe(false);
    expect(figureAgrees(60000, 'more-than', moreThan16500)).toBe(false);
  });
});

describe('checkFigures: order of the pack', () => {
  it('words and judges the same whatever order the figures come in (the database returns them by id)', () => {
    const byId = { ...mppPack, figures: [...mppPack.figures].sort((a, b) => a.id.localeCompare(b.id)) };
    const text = 'Since January 2019, more than 16,500 migrants have been returned under MPP.';
    const a = checkFigures(text, null, mppPack)[0]!;
    const b = checkFigures(text, null, byId)[0]!;
    expect(inEnglish(b)).toBe(inEnglish(a));
    expect(b.reason).toEqual(a.reason);
    expect(inEnglish(a)).toMatch(/migrants returned to Mexico under MPP so far/i);
  });
});
