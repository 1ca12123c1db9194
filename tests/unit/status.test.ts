import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { periodOf, policyStatus, StatusDateError } from '../../lib/topic/status';
import { main } from '../../lib/cli/main';

const state = (date: string) => policyStatus(mppPack, date).state;

describe('policyStatus: the state of MPP on a date, from the public record', () => {
  it('changes state on each boundary date and not the day before', () => {
    const boundaries: Array<[string, string, string]> = [
      ['2018-12-19', '2018-12-20', 'announced'],
      ['2019-01-27', '2019-01-28', 'enrolling'],
      ['2021-01-20', '2021-01-21', 'suspended'],
      ['2021-05-31', '2021-06-01', 'terminated'],
      ['2021-08-12', '2021-08-13', 'court-ordered'],
      ['2021-12-05', '2021-12-06', 'enrolling'],
      ['2022-08-07', '2022-08-08', 'ended'],
      ['2025-01-19', '2025-01-20', 'revival-ordered'],
    ];
    for (const [before, on, expected] of boundaries) {
      expect(state(on), on).toBe(expected);
      expect(state(before), before).not.toBe(expected);
    }
    expect(state('2018-01-01')).toBe('not-announced');
  });

  it('gives the states the closing note lists', () => {
    expect(state('2019-06-01')).toBe('enrolling');
    expect(state('2021-03-01')).toBe('suspended');
    expect(state('2021-10-01')).toBe('court-ordered');
    expect(state('2022-03-01')).toBe('enrolling');
    expect(state('2023-06-01')).toBe('ended');
    expect(state('2025-02-01')).toBe('revival-ordered');
  });

  it('is enrolling only while people could be placed in the program', () => {
    expect(policyStatus(mppPack, '2019-06-01').enrolling).toBe(true);
    expect(policyStatus(mppPack, '2022-03-01').enrolling).toBe(true);
    for (const d of ['2018-12-25', '2021-03-01', '2021-10-01', '2023-06-01', '2025-02-01'])
      expect(policyStatus(mppPack, d).enrolling, d).toBe(false);
  });

  it('names the event that began the state, its sources, and what happened since without a change of state', () => {
    const s = policyStatus(mppPack, '2022-07-15');
    expect(s.since?.id).toBe('court-ordered-restart');
    expect(s.alsoSince.map((e) => e.id)).toContain('biden-v-texas');
    expect(s.sources.length).toBeGreaterThan(0);
    for (const r of s.sources) expect(r.url).toMatch(/^https?:\/\//);
  });

  it('reads a month or a year as its last day and lists the changes inside it', () => {
    expect(periodOf('2021')).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(periodOf('2019-02')).toEqual({ first: '2019-02-01', last: '2019-02-28' });
    const year = policyStatus(mppPack, '2021');
    expect(year.state).toBe('enrolling');
    expect(year.changesWithin.map((e) => e.state)).toEqual([
      'suspended',
      'terminated',
      'court-ordered',
      'enrolling',
    ]);
  });

  it('refuses a date that is not one', () => {
    for (const bad of ['2021-02-30', '2021-13-01', 'yesterday', '21-01-01', ''])
      expect(() => policyStatus(mppPack, bad), bad).toThrow(StatusDateError);
  });
});

describe('mpp-context status', () => {
  async function run(args: string[]) {
    let out = '';
    let err = '';
    const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  }

  it('prints the JSON shape the issue asks for', async () => {
    const { code, out } = await run(['status', '--on', '2021-10-01', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ date: '2021-10-01', state: 'court-ordered', enrolling: false });
    expect(json.since).toMatchObject({ date: '2021-08-13' });
    expect(typeof json.label).toBe('string');
    expect(json.sources[0]).toEqual(
      expect.objectContaining({
        publisher: expect.any(String),
        title: expect.any(String),
        date: expect.any(String),
        url: expect.any(String),
      }),
    );
  });

  it('exits 2 with a clear error on a bad date', async () => {
    const { code, err } = await run(['status', '--on', '2021-02-30', '--json']);
    expect(code).toBe(2);
    expect(err).toMatch(/not a date: "2021-02-30"/);
  });
});
