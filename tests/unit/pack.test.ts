import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { S000, S001, S002, S003, S004 } from '../../data/mpp/seed-files';
import { computeCopies } from '../../lib/copy/shingles';
import { readSeeds } from '../../lib/node/seeds';
import { foldText } from '../../lib/search/fold';
import { topicPackSchema, type TopicPack } from '../../lib/topic/schema';
import { validatePack } from '../../lib/topic/validate';

const seeds = readSeeds();

function brokenPack(mutate: (pack: TopicPack) => void): TopicPack {
  const copy = structuredClone(mppPack);
  mutate(copy);
  return copy;
}

function figure(id: string) {
  const found = mppPack.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

describe('seed files', () => {
  it('reads the five seeds of this repository', () => {
    expect(Object.keys(seeds)).toEqual([S000, S001, S002, S003, S004]);
    expect(seeds[S001]).toMatch(/^Friday, January 16, 2026/);
  });
});

describe('MPP topic pack', () => {
  it('matches the zod schema', () => {
    expect(topicPackSchema.safeParse(mppPack).success).toBe(true);
    expect(mppPack.version).toBe(2);
    expect(mppPack.topic.id).toBe('mpp');
  });

  it('passes validatePack: every quote verbatim, ids unique, members resolve', () => {
    expect(validatePack(mppPack, seeds)).toEqual(mppPack);
  });

  it('quotes every fact, figure and timeline event byte for byte, curly quotes and U+00A0 included', () => {
    const seedFigures = mppPack.figures.flatMap((f) =>
      f.seed && f.quote ? [{ seed: f.seed, quote: f.quote }] : [],
    );
    const quotes = [
      ...mppPack.facts,
      ...seedFigures,
      ...mppPack.timeline,
      ...mppPack.sources.map((s) => s.eventsDateEvidence),
    ];
    for (const { seed, quote } of quotes) expect(seeds[seed], quote).toContain(quote);
    // The traps CURATION.md warns about are really exercised by the data.
    expect(quotes.some((q) => q.quote.includes('\u00a0'))).toBe(true);
    expect(quotes.some((q) => /[“”’]/.test(q.quote))).toBe(true);
  });

  it('covers every seed with a source and facts, and has at least 40 facts', () => {
    expect(mppPack.facts.length).toBeGreaterThanOrEqual(40);
    for (const seed of Object.keys(seeds)) {
      expect(mppPack.sources.filter((s) => s.seed === seed)).toHaveLength(1);
      expect(
        mppPack.facts.some((f) => f.seed === seed),
        seed,
      ).toBe(true);
    }
  });

  it('dates pages by what they print and events by the text', () => {
    const bySeed = Object.fromEntries(mppPack.sources.map((s) => [s.seed, s]));
    expect(bySeed[S001]).toMatchObject({
      pageDate: '2026-01-16',
      eventsDate: '2019-03',
      outlet: 'Mexico News Daily',
    });
    expect(bySeed[S002]).toMatchObject({ pageDate: '2024-05-28', eventsDate: '2019-03', outlet: null });
    expect(bySeed[S000]).toMatchObject({ pageDate: null, eventsDate: '2019-07', outlet: 'CBS News' });
    expect(bySeed[S003]).toMatchObject({
      pageDate: null,
      eventsDate: '2025-01',
      outlet: null,
      titleIsOurs: true,
    });
    expect(bySeed[S004]).toMatchObject({ pageDate: null, eventsDate: '2020-01', outlet: 'NBC News' });
  });

  it('counts the first bus consistently: 40 + 22 + 7 = 69 and 66 of them under MPP', () => {
    const byCountry = mppPack.figures.filter((f) =>
      f.quantity.startsWith('first-voluntary-return-bus-from-'),
    );
    expect(byCountry.map((f) => f.value).sort((a, b) => a - b)).toEqual([7, 22, 40]);
    const total = byCountry.reduce((sum, f) => sum + f.value, 0);
    expect(total).toBe(figure('first-bus-69').value);
    expect(figure('first-bus-66-under-mpp').value).toBeLessThanOrEqual(total);
    expect(figure('first-bus-nearly-70')).toMatchObject({ value: 70, qualifier: 'nearly' });
  });

  it('puts 240 (001 and 002, March 2019) and more than 16,500 (000, July 2019) in one series', () => {
    const returned = mppPack.figures.filter((f) => f.quantity === 'people-returned-under-mpp');
    expect(returned.map((f) => [f.value, f.qualifier, f.asOf, f.seed])).toEqual(
      expect.arrayContaining([
        [240, 'only', '2019-03', S001],
        [240, 'only', '2019-03', S002],
        [16500, 'more-than', '2019-07', S000],
      ]),
    );
    const series = mppPack.conflicts.find(
      (c) => c.kind === 'series' && c.members.includes('made-to-wait-16500-july-2019'),
    );
    // The seeds' figures and the public record's range of the 2019–2021 total.
    const shown = returned.filter((f) => f.seed || f.id === 'returned-total-2019-2021').map((f) => f.id);
    expect(series?.members).toEqual(expect.arrayContaining(shown));
  });

  it('holds every figure of the curation table', () => {
    const stated = mppPack.figures.map((f) => `${f.qualifier} ${f.value}`);
    for (const expected of [
      'more-than 16500',
      'only 240',
      'exact 76000',
      'nearly 70',
      'exact 69',
      'exact 66',
      'exact 40',
    ]) {
      expect(stated).toContain(expected);
    }
    for (const expected of ['exact 22', 'exact 7', 'more-than 10000', 'around 900'])
      expect(stated).toContain(expected);
  });

  it('records the six disagreements of the curation map with their kinds', () => {
    const kinds = new Set(mppPack.conflicts.map((c) => c.kind));
    // CURATION.md: only sources disagreeing about the same thing at the same time is a contradiction,
    // and the seeds hold none; the rest is change over time, promise against practice, framing,
    // reading hazards, and the page relations (misdated, copy).
    expect([...kinds].sort()).toEqual([
      'copy',
      'framing',
      'hazard',
      'misdated',
      'promise-practice',
      'series',
    ]);
    expect(mppPack.conflicts.find((c) => c.id === 'did-mexico-agree')?.kind).toBe('framing');
    expect(mppPack.conflicts.find((c) => c.id === 'relative-time-words')?.kind).toBe('hazard');
    const members = (id: string) => mppPack.conflicts.find((c) => c.id === id)?.members ?? [];
    expect(members('did-mexico-agree')).toEqual(
      expect.arrayContaining([
        'velasco-no-formal-agreement',
        'us-pledged-border-wide-expansion',
        'sheinbaum-has-not-agreed',
      ]),
    );
    expect(members('adult-men-only-vs-women-and-children')).toHaveLength(2);
    expect(members('public-rejection-vs-practice')).toContain('nyt-mexico-carries-out-trump-agenda');
    expect(members('pages-dated-years-after-events')).toEqual(expect.arrayContaining([S001, S002]));
    expect(members('002-copies-001')).toEqual(expect.arrayContaining([S001, S002]));
    expect(members('relative-time-words').length).toBeGreaterThanOrEqual(4);
  });

  it('agrees with the copy relation computed from the seed texts', () => {
    const curated = mppPack.conflicts.filter((c) => c.kind === 'copy');
    const computed = computeCopies(seeds);
    expect(computed.map((c) => [c.copy, c.original])).toEqual([[S002, S001]]);
    expect(curated.map((c) => c.members.slice(0, 2))).toEqual([[S002, S001]]);
  });

  it('uses anti-cues that never occur in the MPP seeds themselves', () => {
    const folded = Object.values(seeds).map(foldText);
    for (const antiCue of mppPack.topic.antiCues) {
      const escaped = foldText(antiCue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
      expect(
        folded.some((t) => word.test(t)),
        antiCue,
      ).toBe(false);
    }
    // The check can fail: "trip" is deliberately not an anti-cue because 000 uses it.
    expect(folded.some((t) => /(?<![\p{L}])trip(?![\p{L}])/u.test(t))).toBe(true);
  });

  it('names every alias the brief asks for, with Spanish forms', () => {
    const aliases = mppPack.topic.aliases.map((a) => `${a.lang}:${a.kind}:${a.text}`);
    expect(aliases).toEqual(
      expect.arrayContaining([
        'en:name:Migrant Protection Protocols',
        'en:short:MPP',
        'en:phrase:Remain in Mexico',
        'en:phrase:stay in Mexico',
        'es:phrase:Quédate en México',
        'es:name:Protocolos de Protección a Migrantes',
        'es:short:PPM',
      ]),
    );
    expect(mppPack.topic.neighbours.map((n) => n.name)).toEqual([
      'Guatemala Asylum Cooperative Agreement',
      'Temporary Program of Voluntary Returns',
    ]);
  });
});

describe('validatePack rejects broken packs, naming entry and field', () => {
  it('reports a quote whose curly apostrophe was straightened', () => {
    const index = mppPack.facts.findIndex((f) => f.quote.includes('’'));
    const fact = mppPack.facts[index]!;
    const broken = brokenPack((p) => {
      p.facts[index]!.quote = fact.quote.replace(/’/g, "'");
    });
    expect(() => validatePack(broken, seeds)).toThrow(
      `facts[${index}] (id "${fact.id}").quote: not found verbatim in ${fact.seed} (it matches once quotes`,
    );
  });

  it('reports a quote whose NO-BREAK SPACE became a plain space', () => {
    const index = mppPack.facts.findIndex((f) => f.quote.includes('\u00a0'));
    const broken = brokenPack((p) => {
      p.facts[index]!.quote = p.facts[index]!.quote.replace(/\u00a0/g, ' ');
    });
    expect(() => validatePack(broken, seeds)).toThrow(
      `facts[${index}] (id "${mppPack.facts[index]!.id}").quote: not found verbatim`,
    );
  });

  it('reports schema errors with the entry id', () => {
    const broken = brokenPack((p) => {
      p.figures[3]!.value = -5;
    });
    expect(() => validatePack(broken, seeds)).toThrow(`figures[3] (id "${mppPack.figures[3]!.id}").value:`);
  });

  it('reports a figure whose value its own quote does not state', () => {
    const broken = brokenPack((p) => {
      p.figures[0]!.value = 241;
    });
    expect(() => validatePack(broken, seeds)).toThrow(
      `figures[0] (id "${mppPack.figures[0]!.id}").value: quote states only 240`,
    );
  });

  it('reports duplicate ids and dangling conflict members', () => {
    const broken = brokenPack((p) => {
      p.facts[5]!.id = p.facts[4]!.id;
      p.conflicts[1]!.members.push('no-such-fact');
    });
    let message = '';
    try {
      validatePack(broken, seeds);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`facts[5] (id "${mppPack.facts[4]!.id}").id: duplicate of facts[4]`);
    expect(message).toMatch(/conflicts\[1\] \(id "[^"]+"\)\.members\[\d+\]: "no-such-fact" is not a fact id/);
  });

  it('reports a seed left without facts', () => {
    const broken = brokenPack((p) => {
      p.facts = p.facts.filter((f) => f.seed !== S003);
      p.conflicts = p.conflicts.filter(
        (c) => !c.members.some((m) => mppPack.facts.some((f) => f.id === m && f.seed === S003)),
      );
    });
    expect(() => validatePack(broken, seeds)).toThrow(`facts: no fact quotes seed ${S003}`);
  });

  it('reports aliases that fold together but disagree on kind', () => {
    const broken = brokenPack((p) => {
      p.topic.aliases.push({ text: 'Remain-in-Mexico', lang: 'en', kind: 'name' });
    });
    expect(() => validatePack(broken, seeds)).toThrow(/topic\.aliases\[\d+\] \("Remain-in-Mexico"\)\.kind/);
  });

  it('refuses a statement of the public record without a citation, naming it', () => {
    const uncited = brokenPack((p) => {
      p.history[2]!.records = [];
    });
    expect(() => validatePack(uncited, seeds)).toThrow(`history[2] (id "${mppPack.history[2]!.id}").records`);
    const dangling = brokenPack((p) => {
      p.history[0]!.records = ['no-such-record'];
    });
    expect(() => validatePack(dangling, seeds)).toThrow(
      /history\[0\] \(id "[^"]+"\)\.records: "no-such-record" is not a record id/,
    );
    const summary = brokenPack((p) => {
      p.topic.summaryRecords = [];
    });
    expect(() => validatePack(summary, seeds)).toThrow('topic.summaryRecords');
  });

  it('refuses a figure with neither a seed quote nor a record citation', () => {
    const i = mppPack.figures.findIndex((f) => f.records);
    const broken = brokenPack((p) => {
      delete p.figures[i]!.records;
    });
    expect(() => validatePack(broken, seeds)).toThrow(
      `figures[${i}] (id "${mppPack.figures[i]!.id}").records: neither a seed quote nor a record citation`,
    );
  });

  it('refuses history after the pack\'s own "as of" date', () => {
    const broken = brokenPack((p) => {
      p.asOf = '2024-01-01';
    });
    expect(() => validatePack(broken, seeds)).toThrow(/is after the pack's asOf 2024-01-01/);
  });
});

describe('the public record in the pack', () => {
  it('cites every record with publisher, title, date and URL, and every history event with a record', () => {
    expect(mppPack.records.length).toBeGreaterThanOrEqual(15);
    for (const r of mppPack.records) {
      expect(r.publisher, r.id).not.toBe('');
      expect(r.title, r.id).not.toBe('');
      expect(r.url, r.id).toMatch(/^https?:\/\//);
    }
    const ids = new Set(mppPack.records.map((r) => r.id));
    for (const e of mppPack.history)
      for (const id of e.records) expect(ids.has(id), `${e.id} -> ${id}`).toBe(true);
  });

  it('holds every event the status needs, each on its exact date', () => {
    const on = (id: string) => mppPack.history.find((e) => e.id === id)?.date;
    expect(on('mpp-announced')).toBe('2018-12-20');
    expect(on('in-effect-san-ysidro')).toBe('2019-01-28');
    expect(on('first-return-tijuana')).toBe('2019-01-29');
    expect(on('joint-declaration')).toBe('2019-06-07');
    expect(on('new-enrollments-suspended')).toBe('2021-01-21');
    expect(on('termination-memo-june')).toBe('2021-06-01');
    expect(on('district-court-reinstatement-order')).toBe('2021-08-13');
    expect(on('scotus-denies-stay')).toBe('2021-08-24');
    expect(on('termination-memo-october')).toBe('2021-10-29');
    expect(on('court-ordered-restart')).toBe('2021-12-06');
    expect(on('biden-v-texas')).toBe('2022-06-30');
    expect(on('dhs-ends-enrollments-2022')).toBe('2022-08-08');
    expect(on('mexico-ends-participation')).toBe('2022-10-25');
    expect(on('termination-stayed')).toBe('2022-12-15');
    expect(on('eo-securing-our-borders')).toBe('2025-01-20');
    expect(on('dhs-reinstates-2025')).toBe('2025-01-21');
  });

  it('says nothing of its own that the record contradicts: no "ended in 2021" in the summary or the pack’s own words', () => {
    const ownWords = [
      mppPack.topic.summary,
      mppPack.topic.summaryEs,
      ...mppPack.conflicts.flatMap((c) => [c.title, c.explanation, c.titleEs, c.explanationEs]),
      ...mppPack.timeline.map((e) => e.event),
    ];
    for (const text of ownWords) {
      // 003's own claim may be reported as 003's, never stated as ours.
      if (/\b003\b/.test(text)) continue;
      expect(text).not.toMatch(/ended (?:by President Biden )?in 2021|terminó en 2021|la terminó en 2021/i);
    }
    expect(mppPack.topic.summary).not.toMatch(/asylum seekers who reach the US–Mexico border are returned/);
  });
});

describe('alias sources', () => {
  it('records, for every alias of the pack, where it was seen or why it is there', async () => {
    const { default: record } = await import('../../data/mpp/alias-sources.json');
    for (const alias of mppPack.topic.aliases) {
      const entry = record.aliases.find((a) => a.text === alias.text && a.lang === alias.lang);
      expect(entry, `${alias.text} (${alias.lang}) has no entry in alias-sources.json`).toBeDefined();
      const why = entry!.sources.length > 0 || (typeof entry!.note === 'string' && entry!.note.length > 40);
      expect(why, `${alias.text}: no source and no note`).toBe(true);
      for (const s of entry!.sources) expect(s.url, alias.text).toMatch(/^https?:\/\//);
    }
  });
});
