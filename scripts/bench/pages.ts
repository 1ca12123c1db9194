/**
 * The pages the benchmark loads: the four kinds the outside measurement is defined on (an article
 * of 1,500 words with and without mentions, a megabyte of accented English and Spanish with and
 * without), the benchmark's own news front page and article, three saved news fixtures (one
 * Spanish), and a page whose text changes every second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM generators shared with earlier benchmarks
import { articlePage, newsPage } from '../../tests/bench/pages.mjs';

export interface BenchPage {
  name: string;
  /** What the page is, for the table. */
  about: string;
  html: string;
  /** Whether the extension should find mentions (the ratios against mark.js are taken there). */
  mentions: boolean;
  /** Milliseconds to keep watching after load (a page that changes over time). */
  watchMs?: number;
}

/** A small linear congruential generator: the same pages on every run. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const EN = (
  'the of and to in a is that for on with as by at from border asylum court policy officials said ' +
  'administration migrants judge ruling federal program hearing shelter city week government state ' +
  'people case new would also could after Mexico Juárez López Obrador'
).split(' ');
const ES = (
  'el la de que y en los las por para con una del gobierno frontera migrantes asilo México política ' +
  'tribunal según también después años ciudad Juárez López Obrador información días región públicos'
).split(' ');
const MENTIONS = [
  'Remain in Mexico',
  'remain in mexico',
  'Migrant Protection Protocols',
  '<em>Remain</em> in Mexico',
  'Quédate en México',
  'Remain-in-Mexico',
  'Migrant <strong>Protection</strong> Protocols',
];

/** Paragraphs of English and Spanish words (every third Spanish), a mention every `every` paragraphs. */
function wordsPage(paragraphs: number, every: number, wordsPer: number, seed: number): string {
  const r = rng(seed);
  const words = (n: number, w: string[]) =>
    Array.from({ length: n }, () => w[Math.floor(r() * w.length)]).join(' ');
  const nav = Array.from({ length: 60 }, (_, i) => `<a href="/s${i}">${words(2, EN)}</a>`).join(' ');
  const body = Array.from({ length: paragraphs }, (_, i) => {
    const w = i % 3 === 2 ? ES : EN;
    const mention =
      every > 0 && i % every === 0 ? `${MENTIONS[(i / every) % MENTIONS.length]} asylum program` : '';
    return `<p>${words(wordsPer / 2, w)} <a href="/x${i}">${words(3, w)}</a> ${mention} ${words(wordsPer / 2 - 3, w)} <em>${words(2, w)}</em>.</p>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><nav>${nav}</nav><article>${body}</article><footer>${words(200, EN)}</footer></body></html>`;
}

/** An article without any alias whose text a page script rewrites every second. */
function changingPage(seconds: number): string {
  const base = wordsPage(25, 0, 60, 11);
  const script = `<script>let n = 0; const t = setInterval(() => {
    document.querySelectorAll('p')[n % 20].lastChild.textContent = ' updated ' + n + ' border officials said.';
    if (++n >= ${seconds}) clearInterval(t); }, 1000);</script>`;
  return base.replace('</body>', `${script}</body>`);
}

export function benchPages(opts: { changingSeconds: number; fixtures: string }): BenchPage[] {
  const fixture = (file: string) => readFileSync(join(opts.fixtures, file), 'utf8');
  return [
    { name: 'article-none', about: '1,500 words, no alias', html: wordsPage(25, 0, 60, 1), mentions: false },
    { name: 'article-5', about: '1,500 words, 5 mentions', html: wordsPage(25, 5, 60, 2), mentions: true },
    {
      name: 'big-200',
      about: '1 MB accented, 200 mentions',
      html: wordsPage(2000, 10, 80, 3),
      mentions: true,
    },
    { name: 'big-none', about: '1 MB accented, no alias', html: wordsPage(2000, 0, 80, 4), mentions: false },
    { name: 'front-page', about: 'news front page, 1.1 MB', html: newsPage().html, mentions: true },
    { name: 'article-own', about: 'news article, 1,500 words', html: articlePage().html, mentions: true },
    {
      name: 'fixture-en-1',
      about: 'saved news: Remain in Mexico',
      html: fixture('detection/en-news-remain-in-mexico.html'),
      mentions: true,
    },
    {
      name: 'fixture-en-2',
      about: 'saved news: MPP reinstated',
      html: fixture('detection/en-news-mpp-reinstated.html'),
      mentions: true,
    },
    {
      name: 'fixture-es',
      about: 'saved news (Spanish)',
      html: fixture('detection/es-quedate-en-mexico.html'),
      mentions: true,
    },
    {
      name: 'changing',
      about: `text changes every second, ${opts.changingSeconds} s`,
      html: changingPage(opts.changingSeconds),
      mentions: false,
      watchMs: opts.changingSeconds * 1000 + 500,
    },
  ];
}
