#!/usr/bin/env node
// Renders the five seed articles as news pages into tests/fixtures/site/news/. The pages are
// committed (the demo and the e2e tests share them); run this again only when the template changes.
// Article text is copied from the seed verbatim (HTML-escaped), so curly quotes and no-break
// spaces survive; the page chrome around it imitates each outlet, including its traps (001 and 002
// carry their own, wrong, page dates).
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests/fixtures/site');
const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page chrome for each seed: which lines are chrome (not article body), the outlet and the date markup. */
const pages = {
  '000': {
    slug: '000-mexico-offers-to-send-asylum-seekers-home',
    outlet: 'CBS News',
    titleLine: 2, // line 1 is the "Watch CBS News" chrome
    chromeBottomFrom: 'View CBS News In',
    date: null,
  },
  '001': {
    slug: '001-mexico-rejects-stay-in-mexico-extension',
    outlet: 'Mexico News Daily',
    dateline: 'Friday, January 16, 2026',
    titleLine: 2,
    chromeBottomFrom: 'Have something to say?',
    date: '2026-01-16',
  },
  '002': {
    slug: '002-no-formal-agreement-remain-in-mexico',
    outlet: 'The Border Post',
    dateline: 'Tuesday, May 28, 2024',
    titleLine: 2,
    chromeBottomFrom: null,
    date: '2024-05-28',
  },
  '003': {
    slug: '003-sheinbaum-has-not-agreed-to-accept-migrants',
    outlet: 'World Briefing',
    titleLine: null,
    title: 'Sheinbaum: Mexico has not agreed to accept non-Mexican asylum seekers',
    chromeBottomFrom: 'Melissa Enoch',
    byline: 'Melissa Enoch',
    date: null,
  },
  '004': {
    slug: '004-us-to-send-mexican-asylum-seekers-to-guatemala',
    outlet: 'NBC News',
    titleLine: 2, // line 1 is the "IE 11 is not supported" banner
    chromeBottomFrom: null,
    date: null,
  },
};

const seedDir = join(root, 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
mkdirSync(join(out, 'news'), { recursive: true });
const index = [];

for (const file of seeds) {
  const id = file.slice(0, 3);
  const cfg = pages[id];
  const lines = readFileSync(join(seedDir, file), 'utf8').split('\n');
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '');
  const title = cfg.titleLine ? nonEmpty[cfg.titleLine - 1].l : cfg.title;
  let body = nonEmpty.slice(cfg.titleLine ?? 0).map((x) => x.l);
  const cut = cfg.chromeBottomFrom ? body.findIndex((l) => l.startsWith(cfg.chromeBottomFrom)) : -1;
  const tail = cut >= 0 ? body.slice(cut) : [];
  if (cut >= 0) body = body.slice(0, cut);
  // 004's dek and image caption lines belong in the header and a <figure>, not the article text.
  const dek = id === '004' ? body.shift() : null;
  const figure = id === '004' ? body.splice(0, 2) : [];
  const meta = cfg.date
    ? `<meta property="article:published_time" content="${cfg.date}T09:00:00-06:00" />\n    <script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${cfg.date}T09:00:00-06:00`, publisher: { '@type': 'Organization', name: cfg.outlet } })}</script>`
    : '';
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)} | ${esc(cfg.outlet)}</title>
    ${meta}
    <link rel="stylesheet" href="../news.css" />
  </head>
  <body>
    <header class="masthead"><a href="../index.html">${esc(cfg.outlet)}</a>
      <nav><a href="../index.html">Home</a> <a href="#">World</a> <a href="#">Politics</a> <a href="#">Subscribe</a></nav>
    </header>
    <main>
      <article>
        ${cfg.dateline ? `<time class="dateline" datetime="${cfg.date}">${esc(cfg.dateline)}</time>` : ''}
        <h1>${esc(title)}</h1>
        ${dek ? `<p class="dek">${esc(dek)}</p>` : ''}
        ${cfg.byline ? `<p class="byline">By ${esc(cfg.byline)}</p>` : ''}
        ${figure.length ? `<figure><div class="img" role="img" aria-label="${esc(figure[0])}"></div><figcaption>${esc(figure[1])}</figcaption></figure>` : ''}
${body.map((p) => `        <p>${esc(p)}</p>`).join('\n')}
      </article>
      ${tail.length ? `<aside class="chrome">\n${tail.map((p) => `        <p>${esc(p)}</p>`).join('\n')}\n      </aside>` : ''}
    </main>
    <footer>Demo fixture: article text copied verbatim from seed file ${esc(file)}.</footer>
  </body>
</html>
`;
  writeFileSync(join(out, 'news', `${cfg.slug}.html`), html);
  index.push({ slug: cfg.slug, title, outlet: cfg.outlet, file });
}

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Demo news site | MPP Context</title>
    <link rel="stylesheet" href="news.css" />
  </head>
  <body>
    <header class="masthead"><a href="index.html">Demo news site</a></header>
    <main>
      <h1>Latest</h1>
      <ul class="teasers">
${index.map((p) => `        <li><a href="news/${p.slug}.html">${esc(p.title)}</a> <span>${esc(p.outlet)}</span></li>`).join('\n')}
      </ul>
    </main>
  </body>
</html>
`,
);
writeFileSync(join(out, 'pages.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`wrote ${index.length} pages to ${out}`);
