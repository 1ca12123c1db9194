import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compareDates, parseDate, readPageDate } from '../../lib/page/date';

const page = (head: string, body: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('parseDate', () => {
  it.each([
    ['2026-01-16', '2026-01-16'],
    ['2026-01-16T23:30:00-06:00', '2026-01-16'],
    ['2019-07-09T14:02:00Z', '2019-07-09'],
    ['2026/1/6', '2026-01-06'],
    ['20240528', '2024-05-28'],
    ['Friday, January 16, 2026', '2026-01-16'],
    ['Tuesday, May 28, 2024', '2024-05-28'],
    ['Jan. 22, 2025', '2025-01-22'],
    ['March 1st, 2019', '2019-03-01'],
    ['16 January 2026', '2026-01-16'],
    ['Fri, 16 Jan 2026 10:00:00 GMT', '2026-01-16'],
    ['16 de enero de 2026', '2026-01-16'],
    ['viernes, 16 de enero de 2026', '2026-01-16'],
    ['martes 28 de mayo del 2024', '2024-05-28'],
    ['miércoles, 22 de enero de 2025', '2025-01-22'],
    ['16/01/2026', '2026-01-16'],
    ['16.01.2026 10:30', '2026-01-16'],
    ['01/16/2026', '2026-01-16'],
  ])('reads %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '2026-02-30',
    '2026-13-01',
    'January 32, 2026',
    'peso closed at 17.65',
    // May or June, depending on the writer's country.
    '05/06/2026',
  ])('rejects %s', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('readPageDate', () => {
  it('prefers article:published_time over other sources', () => {
    const doc = page(
      `<meta property="og:published_time" content="2020-01-01"><meta property="article:published_time" content="2019-07-09T10:00:00-04:00">
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-01-01"}</script>`,
      '<time datetime="2017-01-01">x</time>',
    );
    expect(readPageDate(doc)).toEqual({
      date: '2019-07-09',
      source: 'meta',
      raw: '2019-07-09T10:00:00-04:00',
    });
  });

  it('reads og:published_time, name=date and itemprop datePublished', () => {
    expect(readPageDate(page('<meta property="og:published_time" content="2020-01-21">', ''))?.date).toBe(
      '2020-01-21',
    );
    expect(readPageDate(page('<meta name="Date" content="2020-01-22">', ''))?.date).toBe('2020-01-22');
    expect(readPageDate(page('<meta itemprop="datePublished" content="2020-01-23">', ''))).toMatchObject({
      date: '2020-01-23',
      source: 'meta',
    });
    expect(
      readPageDate(
        page(
          '',
          '<article><time itemprop="datePublished" datetime="2020-01-24T08:00">Jan 24</time></article>',
        ),
      ),
    ).toMatchObject({ date: '2020-01-24', source: 'meta' });
  });

  it('skips an unparseable meta value and falls through', () => {
    const doc = page(
      '<meta name="date" content="sometime">',
      '<article><time datetime="2021-02-03">Feb 3</time></article>',
    );
    expect(readPageDate(doc)).toMatchObject({ date: '2021-02-03', source: 'time' });
  });

  it('reads JSON-LD, including @graph arrays, preferring the article over other nodes', () => {
    const doc = page(
      `<script type="application/ld+json">{ broken json </script>
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"WebSite","name":"x","datePublished":"2010-01-01"},
         {"@type":["NewsArticle"],"headline":"h","datePublished":"2025-01-22T15:00:00-06:00"}]}</script>`,
      '',
    );
    expect(readPageDate(doc)).toEqual({
      date: '2025-01-22',
      source: 'json-ld',
      raw: '2025-01-22T15:00:00-06:00',
    });
  });

  it('reads JSON-LD wrapped in comment markers and top-level arrays', () => {
    const doc = page(
      `<script type="application/ld+json"><!--[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2019-03-14"}]--></script>`,
      '',
    );
    expect(readPageDate(doc)).toMatchObject({ date: '2019-03-14', source: 'json-ld' });
  });

  it('reads <time datetime>, the article’s before a sidebar’s', () => {
    const doc = page(
      '',
      '<aside><time datetime="2026-01-15">related</time></aside><article><h1>T</h1><time datetime="2019-03-13T09:00">March 13</time></article>',
    );
    expect(readPageDate(doc)).toEqual({ date: '2019-03-13', source: 'time', raw: '2019-03-13T09:00' });
  });

  it('reads a dateline at the top of the page text', () => {
    const doc = page(
      '<title>Mexico rejects US plan</title>',
      '<header><div class="today">Friday, January 16, 2026</div><nav><a>News</a></nav></header><article><h1>Mexico rejects US plan</h1><p>Text.</p></article>',
    );
    expect(readPageDate(doc)).toEqual({
      date: '2026-01-16',
      source: 'dateline',
      raw: 'Friday, January 16, 2026',
    });
  });

  it('reads Spanish datelines and bylines with dates', () => {
    expect(
      readPageDate(page('', '<article><h1>Título</h1><p>16 de enero de 2026</p><p>Texto.</p></article>'))
        ?.date,
    ).toBe('2026-01-16');
    expect(
      readPageDate(
        page(
          '',
          '<article><h1>Title</h1><p class="byline">By Melissa Enoch | January 22, 2025</p></article>',
        ),
      ),
    ).toMatchObject({ date: '2025-01-22', source: 'dateline' });
    expect(readPageDate(page('', '<article><p>Published: Tuesday, May 28, 2024</p></article>'))?.date).toBe(
      '2024-05-28',
    );
  });

  it('reads a wire dateline after its place', () => {
    const dated = (text: string) =>
      readPageDate(page('', `<article><h1>Título</h1><p>${text}</p><p>Texto.</p></article>`));
    expect(
      dated('Ciudad de México, 16 de enero de 2026.- La Secretaría de Relaciones Exteriores dijo'),
    ).toMatchObject({
      date: '2026-01-16',
      source: 'dateline',
    });
    expect(dated('WASHINGTON, Jan. 16, 2026 — The administration said')?.date).toBe('2026-01-16');
    expect(dated('Tijuana, B.C., 16/01/2026.- Migrantes esperan')?.date).toBe('2026-01-16');
    expect(dated('TIJUANA, Baja California, 16 de enero de 2026. Migrantes esperan')?.date).toBe(
      '2026-01-16',
    );
  });

  it('takes no date from a photo caption or a lede that only look like datelines', () => {
    const dated = (text: string) =>
      readPageDate(page('', `<article><h1>Title</h1><p>${text}</p><p>Text.</p></article>`));
    expect(dated('Migrants wait in Tijuana, Mexico, January 29, 2019. REUTERS/Jorge Duenes')).toBeNull();
    expect(
      dated('On Monday, January 20, 2025, the president signed an order — and MPP returned.'),
    ).toBeNull();
  });

  it('does not take a date from deep in the article text', () => {
    const paragraphs = Array.from({ length: 15 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('');
    expect(readPageDate(page('', `<article>${paragraphs}<p>January 16, 2026</p></article>`))).toBeNull();
  });

  it('returns null for a page without a date', () => {
    expect(
      readPageDate(page('<title>x</title>', '<p>Mexico offers to send asylum seekers home.</p>')),
    ).toBeNull();
  });
});

describe('compareDates', () => {
  it('flags a page dated years after the events (001: 2026 page, March 2019 events)', () => {
    const r = compareDates('2026-01-16', '2019-03');
    expect(r.disagrees).toBe(true);
    expect(r.gapDays).toBe(2483);
  });

  it('accepts a page dated inside or shortly after the events', () => {
    expect(compareDates('2019-03-12', '2019-03')).toEqual({ disagrees: false, gapDays: 0 });
    expect(compareDates('2019-07-10', '2019-07-09')).toEqual({ disagrees: false, gapDays: 1 });
    expect(compareDates('2020-02-15', '2020-01')).toEqual({ disagrees: false, gapDays: 15 });
  });

  it('flags a page dated before its events, allowing a day for time zones', () => {
    expect(compareDates('2019-07-08', '2019-07-09')).toEqual({ disagrees: false, gapDays: -1 });
    expect(compareDates('2018-12-01', '2019')).toEqual({ disagrees: true, gapDays: -31 });
  });

  it('takes a tolerance', () => {
    expect(compareDates('2019-05-20', '2019-03', 30).disagrees).toBe(true);
    expect(compareDates('2019-05-20', '2019-03', 90).disagrees).toBe(false);
  });
});
