/**
 * Scores mention detection on labelled pages: found mentions paired with labelled ones in
 * document order (longest common subsequence), so each labelled mention is either found or missed
 * and each found one is either labelled or a false hit, with the region and language it sits in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mppPack } from '../../data/mpp/index';
import { createMatcher } from '../../lib/detect/matcher';
import { scanHtml } from '../../lib/cli/commands/scan';

export interface Label {
  exact: string;
  region: string;
}

export interface PageLabels {
  lang: 'en' | 'es';
  year?: number;
  description: string;
  mentions: Label[];
  /** False mentions the detector is known to find, each with why (a closing note gives it). */
  knownFalse?: Array<{ exact: string; why: string }>;
}

export interface PageScore {
  file: string;
  lang: string;
  found: string[];
  missed: Label[];
  extra: string[];
  /** The page's known false mentions (PageLabels.knownFalse), in document order. */
  knownFalse: string[];
  labelled: Label[];
}

/** Pairs `found` with `wanted` in order; returns which of `wanted` were paired, and which found were not. */
export function pairInOrder(
  found: string[],
  wanted: string[],
): { pairedWanted: boolean[]; unpairedFound: number[] } {
  const n = found.length;
  const m = wanted.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i]![j] = found[i] === wanted[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const pairedWanted = new Array<boolean>(m).fill(false);
  const unpairedFound: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (found[i] === wanted[j]) {
      pairedWanted[j] = true;
      i++;
      j++;
    } else if (L[i + 1]![j]! >= L[i]![j + 1]!) unpairedFound.push(i++);
    else j++;
  }
  while (i < n) unpairedFound.push(i++);
  return { pairedWanted, unpairedFound };
}

const matcher = createMatcher([mppPack.topic]);

export function scorePages(dir: string): PageScore[] {
  const labels = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')).files as Record<string, PageLabels>;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      // As the CLI scans a saved page (text its own style sheets hide left out).
      const found = scanHtml(readFileSync(`${dir}/${file}`, 'utf8'), matcher).map((m) => m.exact);
      const page = labels[file];
      if (!page) throw new Error(`${file}: no labels in expected.json`);
      const { pairedWanted, unpairedFound } = pairInOrder(
        found,
        page.mentions.map((l) => l.exact),
      );
      return {
        file,
        lang: page.lang,
        found,
        labelled: page.mentions,
        knownFalse: (page.knownFalse ?? []).map((k) => k.exact),
        missed: page.mentions.filter((_, k) => !pairedWanted[k]),
        extra: unpairedFound.map((k) => found[k]!),
      };
    });
}

/** A table of recall per region and per language, and precision overall, as the closing note gives it. */
export function scoreTable(scores: PageScore[]): string {
  const by = new Map<string, { labelled: number; found: number }>();
  const add = (key: string, hit: boolean) => {
    const row = by.get(key) ?? { labelled: 0, found: 0 };
    row.labelled++;
    if (hit) row.found++;
    by.set(key, row);
  };
  let extra = 0;
  let found = 0;
  for (const s of scores) {
    const missed = [...s.missed];
    for (const l of s.labelled) {
      const k = missed.indexOf(l);
      const hit = k < 0;
      if (!hit) missed.splice(k, 1);
      add(`region ${l.region}`, hit);
      add(`lang ${s.lang}`, hit);
      add('all', hit);
    }
    extra += s.extra.length;
    found += s.found.length;
  }
  const rows = [...by].sort(([a], [b]) => a.localeCompare(b));
  const lines = rows.map(
    ([k, r]) =>
      `${k.padEnd(18)} ${String(r.found).padStart(3)}/${String(r.labelled).padEnd(3)} recall ${(r.found / r.labelled).toFixed(3)}`,
  );
  lines.push(
    `precision ${found === 0 ? '1.000' : ((found - extra) / found).toFixed(3)} (${extra} false of ${found} found)`,
  );
  return lines.join('\n');
}
