import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { S000, S001, S002, S003, S004 } from '../../data/mpp/seed-files';
import { englishEquivalents } from '../../lib/search/glossary';
import { createSearch, rankRelatedSources } from '../../lib/search/index';

const search = createSearch(mppPack);

describe('createSearch', () => {
  it.each([
    'Remian in Mexcio',
    'Migrant Protection Protocol',
    'quedate en mexico',
    'Quédate en México',
    'QUEDATE EN MEXICO',
    'Remain-in-Mexico',
    'stay in mexico',
    'Protocolos de Proteccion a Migrantes',
    'Migrant Protecion Protocols',
  ])('puts the policy itself first for "%s"', (query) => {
    const [first] = search.search(query);
    expect(first).toMatchObject({ type: 'topic', id: 'mpp' });
  });

  it('ranks the topic well above the next result for a misspelt name', () => {
    const [first, second] = search.search('Remian in Mexcio');
    expect(first!.score - second!.score).toBeGreaterThan(0.2);
  });

  it('finds facts, figures, conflicts, sources and timeline events', () => {
    expect(search.search('Velasco')[0]).toMatchObject({
      type: 'fact',
      id: 'velasco-no-formal-agreement-002',
    });
    expect(
      search
        .search('women and children')
        .slice(0, 2)
        .map((r) => r.id),
    ).toEqual(
      expect.arrayContaining(['mexico-took-women-and-children', 'adult-men-only-vs-women-and-children']),
    );
    expect(search.search('tariffs')[0]).toMatchObject({ type: 'fact', id: 'tariff-deal-june-2019' });
    expect(search.search('Biden ended', { types: ['timeline'] })[0]).toMatchObject({
      id: 'biden-ends-mpp-2021',
    });
    expect(search.search('Mexico News Daily', { types: ['source'] })[0]).toMatchObject({ id: S001 });
    expect(search.search('only 240', { types: ['figure'] })[0]!.id).toMatch(/^returned-240-march-2019/);
  });

  it('tolerates typos in people and places', () => {
    expect(
      search
        .search('Sheinbuam')
        .slice(0, 5)
        .map((r) => r.id),
    ).toContain('sheinbaum-has-not-agreed');
    expect(
      search
        .search('Ciudad Juarez')
        .slice(0, 5)
        .map((r) => r.id),
    ).toContain('first-group-from-ciudad-juarez');
  });

  it('bridges Spanish queries to the English facts', () => {
    expect(search.search('autobús Chihuahua')[0]!.id).toMatch(/^first-bus/);
    expect(
      search
        .search('acuerdo con Guatemala', { types: ['fact'] })
        .slice(0, 5)
        .map((r) => r.id),
    ).toContain('aca-brokered-july-2019');
    expect(
      search
        .search('mujeres y niños', { types: ['fact'] })
        .slice(0, 3)
        .map((r) => r.id),
    ).toContain('mexico-took-women-and-children');
    expect(search.search('aranceles')[0]).toMatchObject({ id: 'tariff-deal-june-2019' });
  });

  it('respects limit and types, and returns results best first', () => {
    const results = search.search('Mexico', { limit: 7 });
    expect(results).toHaveLength(7);
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(search.search('Mexico', { types: ['conflict'] }).every((r) => r.type === 'conflict')).toBe(true);
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('xqzvwk')).toEqual([]);
  });

  it('returns the curated item itself', () => {
    const [hit] = search.search('Sixty-six of the 69 people onboard', { types: ['figure'] });
    expect(hit!.item).toBe(mppPack.figures.find((f) => f.id === hit!.id));
  });
});

describe('rankRelatedSources', () => {
  const top = (passage: string, n = 1) =>
    rankRelatedSources(passage, mppPack)
      .slice(0, n)
      .map((r) => r.seed);

  it('ranks 004 first for the Guatemala agreement', () => {
    expect(
      top(
        'The United States will send some Mexican asylum seekers to Guatemala under a cooperative agreement.',
      ),
    ).toEqual([S004]);
  });

  it('ranks 001 and 002 top two for the Mexicali extension', () => {
    expect(
      top('DHS said the program would now extend to the crossing between Mexicali and Calexico.', 2).sort(),
    ).toEqual([S001, S002]);
  });

  it('ranks 000 first for the voluntary-return bus', () => {
    expect(
      top('A bus carrying migrants home to Honduras left Chihuahua under the voluntary returns program.'),
    ).toEqual([S000]);
  });

  it('ranks 003 first for Sheinbaum', () => {
    expect(top('Sheinbaum said her government has not given its formal consent to the program.')).toEqual([
      S003,
    ]);
  });

  it('ranks Spanish passages the same way', () => {
    expect(
      top('Estados Unidos enviará a solicitantes de asilo mexicanos a Guatemala bajo un acuerdo.'),
    ).toEqual([S004]);
    expect(
      top('México rechaza la extensión del programa al cruce entre Mexicali y Calexico.', 2).sort(),
    ).toEqual([S001, S002]);
    expect(
      top(
        'Un autobús con migrantes salió de Chihuahua rumbo a Honduras en un programa de retorno voluntario.',
      ),
    ).toEqual([S000]);
    expect(top('La presidenta Claudia Sheinbaum dijo que México no ha dado su consentimiento.')).toEqual([
      S003,
    ]);
  });

  it('scores every seed and gives zero to a passage sharing no terms', () => {
    const ranked = rankRelatedSources('Photovoltaic inverter firmware', mppPack);
    expect(ranked).toHaveLength(5);
    expect(ranked.every((r) => r.score === 0)).toBe(true);
  });
});

describe('glossary', () => {
  it('translates Spanish policy vocabulary, phrases first', () => {
    expect(englishEquivalents('Quédate en México')).toBe('remain in mexico');
    expect(englishEquivalents('solicitantes de asilo en la frontera')).toBe(
      'seekers applicants asylum border',
    );
    expect(englishEquivalents('the bus left')).toBe('');
  });
});

describe('search module boundaries', () => {
  it('imports no storage layer (plain data in)', () => {
    const dir = fileURLToPath(new URL('../../lib/search/', import.meta.url));
    for (const file of readdirSync(dir)) {
      const source = readFileSync(dir + file, 'utf8');
      expect(source, file).not.toMatch(/from ['"](dexie|.*\/db\/)/);
    }
  });
});
