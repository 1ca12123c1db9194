// Generated pages for the benchmark (scripts/bench.mjs). Deterministic: a seeded PRNG picks every
// word, so each run measures the same bytes. No page carries a script of its own, so on these
// pages any JavaScript in a trace is the extension's (or the benchmark's own evaluation).

/** mulberry32: small, fast, good enough to shuffle words. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// News vocabulary, immigration-heavy on purpose (border, asylum and Mexico keep the matcher's
// prefilter and cue search busy), without any alias of the topic: "remain", "stay", "MPP" and
// the Spanish names are only ever written by the mention templates below.
const WORDS = (
  'the of and to a in that for on with as by at from was is said were has have had will would ' +
  'government officials administration policy court judge ruling federal state city council ' +
  'border asylum migrants immigration Mexico Mexican agents shelter families children workers ' +
  'report reporters week month year Tuesday Friday morning night spokesperson statement ' +
  'program plan budget funding lawmakers senators vote bill law agency department security ' +
  'economy prices market inflation rates trade tariffs exports farmers harvest drought water ' +
  'election campaign voters polls candidate governor mayor district county residents community ' +
  'school teachers students hospital doctors patients health clinic insurance costs housing ' +
  'rent developers construction traffic bridge highway transit buses trains airport flights ' +
  'storm rain heat wildfire firefighters emergency evacuation damage recovery relief volunteers ' +
  'police investigation charges trial jury lawyers appeal testimony evidence witnesses prison ' +
  'company shares investors profits quarter sales jobs unemployment wages union strike contract ' +
  'team season coach players game score fans stadium league championship tournament injury ' +
  'museum exhibit artists festival music concert film theater audience tickets weekend ' +
  'research scientists study data climate energy solar wind grid power emissions carbon ' +
  'technology software users privacy platform app online digital network service update ' +
  'officials announced confirmed denied expected warned noted added argued explained described ' +
  'new old large small early late recent local national international public private major ' +
  'more than about after before during under over between against without within across ' +
  'including several many few most other some each every both another such only also still'
).split(' ');

const NAMES = ['Ana Ruiz', 'James Cole', 'Priya Nair', 'Luis Ortega', 'Mei Chen', 'Sam Okafor', 'Rosa Diaz'];
const PLACES = ['El Paso', 'Tijuana', 'San Diego', 'Houston', 'Phoenix', 'Chicago', 'Denver', 'Miami'];

// Mentions the detector should report (one each; "Migrant Protection Protocols (MPP)" is two).
// `(p)` fills in sentence words; some mentions are split over inline elements, as news sites do.
const MENTIONS = [
  (p) => `under the <a href="/policy/${p.int(99)}">Remain in Mexico</a> policy, ${sentence(p, 6)}`,
  (p) => `the “Remain in Mexico” program ${sentence(p, 5)}`,
  Object.assign((p) => `the Migrant Protection Protocols (MPP), ${sentence(p, 7)}`, { count: 2 }),
  (p) => `asylum seekers returned under MPP ${sentence(p, 5)}`,
  (p) => `el programa Quédate en México ${sentence(p, 6)}`,
  (p) => `the <em>Remain in Mexico</em> rules at the border ${sentence(p, 4)}`,
  (p) => `what officials call <em>Migrant</em> Protection <a href="/mpp">Protocols</a> ${sentence(p, 5)}`,
];

// Look-alikes the detector must pass over (travel tips, Ontario politics, file names).
const NON_MENTIONS = [
  (p) => `tourists can remain in Mexico for up to 180 days on vacation, ${sentence(p, 5)}`,
  (p) => `Ontario MPP ${p.pick(NAMES)} told Queen's Park that ${sentence(p, 6)}`,
  (p) => `the schedule was saved as plan.mpp in Microsoft Project ${sentence(p, 4)}`,
  (p) => `the resort hopes visitors stay in Mexico longer this holiday season ${sentence(p, 4)}`,
];

function words(p, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(p.pick(WORDS));
  return out;
}

function sentence(p, n) {
  return words(p, n).join(' ');
}

function capitalised(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One paragraph of about `n` words, with inline links and emphasis; `extra` is spliced in mid-way. */
function paragraph(p, n, extra = null) {
  const parts = [];
  let left = n;
  while (left > 0) {
    const len = Math.min(left, 8 + p.int(14));
    let s = capitalised(sentence(p, len));
    if (p.chance(0.25)) {
      // Inline markup mid-sentence.
      const ws = s.split(' ');
      const at = 1 + p.int(Math.max(1, ws.length - 3));
      const tag = p.chance(0.6) ? 'a' : 'em';
      const inner = ws.slice(at, at + 2).join(' ');
      ws.splice(at, 2, tag === 'a' ? `<a href="/story/${p.int(9999)}">${inner}</a>` : `<em>${inner}</em>`);
      s = ws.join(' ');
    }
    if (p.chance(0.1)) s += `, ${p.pick(NAMES)} said in ${p.pick(PLACES)}`;
    parts.push(s + '.');
    left -= len;
  }
  if (extra) parts.splice(1 + p.int(parts.length), 0, capitalised(extra) + '.');
  return parts.join(' ');
}

function pageShell(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; }
header, footer { background: #f2f2f2; padding: 8px 16px; }
nav a { margin-right: 12px; }
.wrap { display: flex; gap: 24px; max-width: 1200px; margin: 0 auto; }
main { flex: 3; } aside { flex: 1; font-size: 14px; }
article { border-bottom: 1px solid #ddd; padding: 8px 0; }
.byline { color: #666; font-size: 13px; }
.visually-hidden { position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function nav(p) {
  const links = [];
  for (let i = 0; i < 30; i++) links.push(`<a href="/section/${i}">${capitalised(p.pick(WORDS))}</a>`);
  return `<header><nav>${links.join(' ')}</nav></header>`;
}

/**
 * A news front page of about `bytes` of HTML: many articles of paragraphs, a sidebar, and a
 * mention every few paragraphs (rate `mentionRate`), with look-alikes in between.
 */
export function newsPage({ seed = 1, bytes = 1_100_000, mentionRate = 0.1, nonMentionRate = 0.05 } = {}) {
  const p = prng(seed);
  const articles = [];
  let size = 0;
  let mentions = 0;
  let i = 0;
  while (size < bytes * 0.93) {
    const paras = [];
    const count = 4 + p.int(7);
    for (let j = 0; j < count; j++) {
      let extra = null;
      if (p.chance(mentionRate)) {
        const m = p.pick(MENTIONS);
        extra = m(p);
        mentions += m.count ?? 1;
      } else if (p.chance(nonMentionRate)) extra = p.pick(NON_MENTIONS)(p);
      paras.push(`<p>${paragraph(p, 40 + p.int(60), extra)}</p>`);
    }
    const html = `<article id="a${i}">
<h2><a href="/story/${i}">${capitalised(sentence(p, 6 + p.int(6)))}</a></h2>
<p class="byline">By ${p.pick(NAMES)} · ${p.pick(PLACES)}</p>
${paras.join('\n')}
</article>`;
    articles.push(html);
    size += html.length;
    i++;
  }
  const side = [];
  for (let k = 0; k < 40; k++) side.push(`<li><a href="/more/${k}">${capitalised(sentence(p, 7))}</a></li>`);
  const body = `${nav(p)}
<div class="wrap">
<main id="feed">
${articles.join('\n')}
</main>
<aside><h3>Most read</h3><ul>${side.join('')}</ul><p class="visually-hidden">Skip to content</p></aside>
</div>
<footer><p>${sentence(p, 30)}</p></footer>`;
  return { html: pageShell('Front page', body), mentions };
}

/** A single article of about `wordCount` words with `mentionCount` mentions spread through it. */
export function articlePage({ seed = 2, wordCount = 1500, mentionCount = 5 } = {}) {
  const p = prng(seed);
  const paras = [];
  let left = wordCount;
  const lengths = [];
  while (left > 0) {
    const n = Math.min(left, 50 + p.int(50));
    lengths.push(n);
    left -= n;
  }
  // Mentions go into evenly spaced paragraphs.
  const at = new Set();
  for (let k = 0; k < mentionCount; k++) at.add(Math.floor(((k + 0.5) * lengths.length) / mentionCount));
  let mentions = 0;
  lengths.forEach((n, j) => {
    const m = at.has(j) ? MENTIONS[j % MENTIONS.length] : null;
    const extra = m ? m(p) : null;
    mentions += m ? (m.count ?? 1) : 0;
    paras.push(`<p>${paragraph(p, n, extra)}</p>`);
  });
  const body = `${nav(p)}
<div class="wrap">
<main>
<article>
<h1>${capitalised(sentence(p, 10))}</h1>
<p class="byline">By ${p.pick(NAMES)} · ${p.pick(PLACES)}</p>
${paras.join('\n')}
</article>
</main>
</div>
<footer><p>${sentence(p, 30)}</p></footer>`;
  return { html: pageShell('Article', body), mentions };
}

/** `count` paragraphs (HTML strings) for an infinite-scroll batch, some with mentions. */
export function appendBatch({ seed, count = 100, mentionRate = 0.05 }) {
  const p = prng(seed);
  const out = [];
  let mentions = 0;
  for (let i = 0; i < count; i++) {
    let extra = null;
    if (p.chance(mentionRate)) {
      const m = p.pick(MENTIONS);
      extra = m(p);
      mentions += m.count ?? 1;
    }
    out.push(paragraph(p, 40 + p.int(40), extra));
  }
  return { paragraphs: out, mentions };
}
