import { afterEach, describe, expect, it, vi } from 'vitest';
import { mppPack } from '../../data/mpp';
import { MppDatabase } from '../../lib/db/database';
import { readSeeds } from '../../lib/node/seeds';
import { createBackgroundService } from '../../lib/service/background-service';
import { buildCorpus } from '../../lib/service/corpus';
import { buildPageContext } from '../../lib/service/page-context';
import { createWorkbench } from '../../lib/service/workbench';
import { createNote } from '../../lib/notes/model';
import type { DateCandidates } from '../../lib/page/date-candidates';

const seeds = readSeeds();
const S001 = '001_a5f20182c0ab503f.txt';
const S002 = '002_cd325869c55e549a.txt';
const noDate: DateCandidates = { meta: {}, jsonLd: [], times: [], lines: [] };
const dated = (iso: string): DateCandidates => ({ ...noDate, meta: { 'article:published_time': iso } });

describe('buildPageContext', () => {
  const corpus = buildCorpus(mppPack, seeds);

  it('flags a 2026 page that carries the March 2019 report, and names both copies', () => {
    const text = seeds[S001]!;
    const passage =
      'United States immigration officials say that only 240 migrants have so far been returned to Mexico under the program, a small fraction of the 76,000 that crossed Mexico’s northern border last month.';
    const ctx = buildPageContext(corpus, {
      url: 'https://example.org/a',
      title: 'a',
      dateCandidates: dated('2026-01-16T09:00:00-06:00'),
      passages: [passage],
      text,
    });
    expect(ctx.pageDate?.date).toBe('2026-01-16');
    expect(ctx.dateCheck).toMatchObject({ disagrees: true, eventsDate: '2019-03', pageDate: '2026-01-16' });
    expect(new Set(ctx.copiedPassages.map((p) => p.seed))).toEqual(new Set([S001, S002]));
    const checks = ctx.mentions[0]!.figureChecks;
    const returned = checks.find((c) => c.value === 240)!;
    expect(returned.quantity).toBe('people-returned-under-mpp');
    // The page is misdated (the signal says so); its "only 240 so far" is judged at the time it
    // reports, March 2019, when it was right, instead of being called out of date against 2026.
    expect(returned.verdict).toBe('agrees');
    expect(ctx.identity).toEqual({ seed: S001, sameDate: true });
    expect(ctx.status.map((s) => [s.role, s.status.state])).toEqual([
      ['page', 'revival-ordered'],
      ['events', 'enrolling'],
    ]);
    expect(ctx.status[1]!.figure?.value).toBe(240);
    expect(returned.series.map((f) => f.value)).toContain(16500);
    const series = ctx.conflicts.find((c) => c.id === ctx.mentions[0]!.conflicts[0]);
    expect(series?.kind).toBe('series');
    expect(ctx.sources[S002]!.copies).toBe(S001);
    expect(ctx.sources[S001]!.copiedBy).toEqual([S002]);
  });

  it('flags a page dated before the events its text reports, and accepts one dated with them', () => {
    const passage =
      'United States immigration officials say that only 240 migrants have so far been returned to Mexico under the program, a small fraction of the 76,000 that crossed Mexico’s northern border last month.';
    const check = (date: string) =>
      buildPageContext(corpus, {
        url: 'https://example.org/early',
        title: 'early',
        dateCandidates: dated(date),
        passages: [passage],
        text: seeds[S001]!,
      }).dateCheck;
    expect(check('2018-11-02')).toMatchObject({ disagrees: true, predates: true, eventsDate: '2019-03' });
    expect(check('2019-04-02')).toMatchObject({ disagrees: false, predates: false, eventsDate: '2019-03' });
  });

  it('dates the running count it gives beside the status, and says where the sources stop', () => {
    const status = (date: string) =>
      buildPageContext(corpus, {
        url: 'https://example.org/s',
        title: 's',
        dateCandidates: dated(date),
        passages: ['Asylum seekers wait in Tijuana under Remain in Mexico.'],
        text: 'Asylum seekers wait in Tijuana under Remain in Mexico.',
      }).status;
    // A page of June 2020 gets the count of March 2020 (CRS), not July 2019's 16,500, and the
    // count carries its own date for the line to show.
    const june2020 = status('2020-06-01')[0]!;
    expect(june2020.figure).toMatchObject({ value: 60000, asOf: '2020-03' });
    expect(june2020.recordEnds).toBeNull();
    // After the last date the sources cover, the status is only the last one they show: said so.
    const late = status('2026-11-20');
    expect(late[0]).toMatchObject({ role: 'page', recordEnds: mppPack.asOf });
    expect(late.every((l) => l.role === 'latest' || l.recordEnds === mppPack.asOf)).toBe(true);
    expect(status('2025-01-25')[0]!.recordEnds).toBeNull();
  });

  it('says nothing about dates or copies for an unrelated page', () => {
    const ctx = buildPageContext(corpus, {
      url: 'https://example.org/b',
      title: 'b',
      dateCandidates: dated('2025-02-01'),
      passages: [
        'Sheinbaum said Mexico has not agreed to accept non-Mexican asylum seekers under Remain in Mexico.',
      ],
      text: 'Sheinbaum said Mexico has not agreed to accept non-Mexican asylum seekers under Remain in Mexico. Weather next.',
    });
    expect(ctx.dateCheck).toBeNull();
    expect(ctx.copiedPassages).toEqual([]);
    expect(ctx.mentions[0]!.sources[0]).toBe('003_f62fe51a228fd2db.txt');
    expect(ctx.mentions[0]!.facts.length).toBeGreaterThan(0);
  });
});

const dbs: MppDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
function newDb() {
  const db = new MppDatabase({ name: `svc-${crypto.randomUUID()}` });
  dbs.push(db);
  return db;
}

describe('background service and workbench over one database', () => {
  it('installs the pack once for concurrent first calls, then serves prefetch, note counts and anchors', async () => {
    const db = newDb();
    const loadShippedPack = vi.fn(async () => mppPack);
    const bg = createBackgroundService({
      db,
      loadShippedPack,
      loadSeedTexts: async () => seeds,
      openSidebar: async () => false,
    });
    const sender = {};
    const [a, b] = await Promise.all([
      bg.handlers['pack.ensure']({}, sender),
      bg.install().then(() => bg.handlers['pack.ensure']({}, sender)),
    ]);
    expect(a.version).toBe(mppPack.version);
    expect(b.version).toBe(mppPack.version);
    expect(loadShippedPack).toHaveBeenCalledTimes(1);
    expect(await db.facts.count()).toBe(mppPack.facts.length);

    const wb = createWorkbench({
      db,
      ensurePack: async () => {
        await bg.install();
      },
      loadSeedTexts: async () => seeds,
    });
    const hits = await wb['search.query']({ query: 'Remian in Mexcio' }, sender);
    expect(hits[0]).toMatchObject({ type: 'topic', id: 'mpp' });

    const url = 'https://news.example/story';
    const text = 'Intro.\nUnder the policy known as “Remain in Mexico,” asylum seekers wait in Tijuana.';
    const start = text.indexOf('Remain');
    const note = createNote({
      pageUrl: url,
      pageTitle: 'Story',
      target: {
        source: url,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: 'Remain in Mexico',
            prefix: text.slice(0, start),
            suffix: text.slice(start + 16),
          },
          { type: 'TextPositionSelector', start, end: start + 16 },
        ],
      },
      verdict: 'misleading',
      text: 'check',
    });
    await wb['notes.save']({ note }, sender);
    expect(await bg.handlers['notes.count']({ url: `${url}#top` }, sender)).toEqual({ count: 1 });
    const moved = `A new first line.\n${text}`;
    const anchors = await bg.handlers['notes.anchor']({ url, text: moved }, sender);
    expect(anchors.orphans).toEqual([]);
    expect(anchors.anchored).toHaveLength(1);
    const a0 = anchors.anchored[0]!;
    expect(moved.slice(a0.start, a0.end)).toBe('Remain in Mexico');
    const gone = await bg.handlers['notes.anchor']({ url, text: 'Nothing of it remains.' }, sender);
    expect(gone.orphans).toEqual([note.id]);

    // A content script asks about its own tab's page, whatever URL it sends.
    expect(await bg.handlers['notes.count']({ url: 'https://other.example/' }, { tabId: 3, url })).toEqual({
      count: 1,
    });
  });
});
