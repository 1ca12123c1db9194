/**
 * Which curated quantity a number on a page counts: the words around it (keywords near the
 * number, weighted by how specific they are to one quantity), its unit, and the clause it sits
 * in. Used by the figure check (check.ts).
 */
import type { Figure, TopicPack } from '../topic/schema';
import { stem, tokenize, type Token } from '../search/tokens';
import type { FoundFigure } from './parse';
import { figureAgrees } from './agree';
import { sortByDate } from './series';

interface Keyword {
  stems: string[];
  weight: number;
}

/** A quantity's label in each UI language. */
export type QuantityLabel = { en: string; es: string };

export interface QuantityProfile {
  quantity: string;
  unit: string;
  label: QuantityLabel;
  series: Figure[];
  keywords: Keyword[];
}

const MIN_SCORE = 0.8;
/** Candidates within this share of the best keyword score compete on whether their values match. */
const CLOSE_CALL = 0.5;
const WINDOW = 20;
const OTHER_CLAUSE = 0.35;

// prettier-ignore
const UNIT_FAMILIES: Record<string, string> = {
  day: 'days', days: 'days', dia: 'days', dias: 'days',
  week: 'weeks', weeks: 'weeks', semana: 'weeks', semanas: 'weeks',
  month: 'months', months: 'months', mes: 'months', meses: 'months',
  year: 'years', years: 'years', ano: 'years', anos: 'years',
  hour: 'hours', hours: 'hours', hora: 'hours', horas: 'hours',
  percent: 'percent',
  dollar: 'money', dollars: 'money', peso: 'money', pesos: 'money', dolares: 'money',
  mile: 'distance', miles: 'distance', km: 'distance', kilometers: 'distance', kilometros: 'distance',
};

const profilesCache = new WeakMap<TopicPack, QuantityProfile[]>();

export function profiles(pack: TopicPack): QuantityProfile[] {
  const cached = profilesCache.get(pack);
  if (cached) return cached;
  const byQuantity = new Map<string, Figure[]>();
  for (const figure of pack.figures) {
    const list = byQuantity.get(figure.quantity) ?? [];
    list.push(figure);
    byQuantity.set(figure.quantity, list);
  }
  const phrasesOf = new Map<string, Set<string>>();
  for (const [quantity, figures] of byQuantity) {
    const phrases = new Set<string>();
    for (const figure of figures) {
      // Without curated keywords, the label's content words are the best description available.
      const words = figure.keywords ?? tokenize(figure.label).map((t) => t.text);
      for (const word of words) {
        const stems = stemsOf(word);
        if (stems.length > 0) phrases.add(stems.join(' '));
      }
    }
    phrasesOf.set(quantity, phrases);
  }
  // A keyword shared by many quantities ("bus") says little about which one a number is.
  const documentFrequency = new Map<string, number>();
  for (const phrases of phrasesOf.values()) {
    for (const phrase of phrases) documentFrequency.set(phrase, (documentFrequency.get(phrase) ?? 0) + 1);
  }
  const total = byQuantity.size;
  const result = [...byQuantity].map(([quantity, figures]) => {
    const series = sortByDate(figures);
    return {
      quantity,
      unit: figures[0]!.unit,
      // The earliest figure names the quantity, whatever order the pack's store returns them in.
      label: { en: series[0]!.label, es: series[0]!.labelEs },
      series,
      keywords: [...phrasesOf.get(quantity)!].map((phrase) => ({
        stems: phrase.split(' '),
        weight: Math.log(1 + total / documentFrequency.get(phrase)!),
      })),
    };
  });
  profilesCache.set(pack, result);
  return result;
}

function stemsOf(text: string): string[] {
  return tokenize(text).map((t) => stem(t.text));
}

export interface CheckContext {
  tokens: Token[];
  stems: string[];
  sentence: number[];
  clause: number[];
}

const PARTIAL_WORDS = new Set(['other', 'another', 'otros', 'otras', 'remaining', 'restantes']);
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'y', 'pero', 'mientras']);

export function buildContext(text: string): CheckContext {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => stem(t.text));
  const sentence: number[] = [];
  const clause: number[] = [];
  let s = 0;
  let c = 0;
  tokens.forEach((token, i) => {
    if (i > 0) {
      const prev = tokens[i - 1]!;
      const gap = text.slice(prev.end, token.start);
      // "U.S." and "Mr." end in a period without ending the sentence; a real full stop follows a longer word.
      const fullStop = /[.!?]/.test(gap) && (prev.text.length >= 3 || /^\d/.test(prev.text));
      // "16,500" and "16.500" are one number, not two clauses or sentences.
      const inNumber = /^\d/.test(prev.text) && /^\d/.test(token.text) && gap.length === 1;
      if (inNumber) {
        // same clause
      } else if (gap.includes('\n') || fullStop || gap.includes(';')) {
        s++;
        c++;
      } else if (/[,:()\u2013\u2014]/.test(gap) || / - /.test(gap) || CLAUSE_WORDS.has(token.text)) {
        c++;
      }
    }
    sentence.push(s);
    clause.push(c);
  });
  return { tokens, stems, sentence, clause };
}

function keywordScore(ctx: CheckContext, first: number, last: number, profile: QuantityProfile): number {
  let score = 0;
  const from = Math.max(0, first - WINDOW);
  const to = Math.min(ctx.tokens.length - 1, last + WINDOW);
  for (const keyword of profile.keywords) {
    let best = 0;
    const n = keyword.stems.length;
    for (let i = from; i + n - 1 <= to; i++) {
      if (i + n - 1 >= first && i <= last) continue;
      if (ctx.sentence[i] !== ctx.sentence[first]) continue;
      let match = true;
      for (let k = 0; k < n && match; k++) match = ctx.stems[i + k] === keyword.stems[k];
      if (!match) continue;
      const distance = i > last ? i - last - 1 : first - (i + n - 1) - 1;
      const sameClause = ctx.clause[i] === ctx.clause[last] || ctx.clause[i + n - 1] === ctx.clause[first];
      best = Math.max(best, (keyword.weight / (1 + distance / 3)) * (sameClause ? 1 : OTHER_CLAUSE));
    }
    score += best;
  }
  return score;
}

function unitCompatible(found: FoundFigure, profile: QuantityProfile): boolean {
  const claimed = found.unitHint ? UNIT_FAMILIES[found.unitHint] : undefined;
  const curated = UNIT_FAMILIES[profile.unit.toLowerCase()];
  if (claimed !== curated && (claimed || curated)) return false;
  return Number.isInteger(found.value) || profile.series.some((f) => !Number.isInteger(f.value));
}

export function attribute(
  ctx: CheckContext,
  found: FoundFigure,
  all: QuantityProfile[],
): QuantityProfile | null {
  const inside = ctx.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.start >= found.start && t.end <= found.end)
    .map(({ i }) => i);
  if (inside.length === 0) return null;
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  // "The other two locations" counts part of a whole the sentence does not state.
  if (first > 0 && PARTIAL_WORDS.has(ctx.tokens[first - 1]!.text)) return null;
  const scored = all
    .filter((p) => unitCompatible(found, p))
    .map((p) => ({ profile: p, score: keywordScore(ctx, first, last, p) }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  // Two bus counts share every nearby word; the one whose curated value the number matches wins.
  const contenders = scored.filter((s) => s.score >= best.score * CLOSE_CALL);
  const matching = contenders.find((s) =>
    s.profile.series.some((f) => figureAgrees(found.value, found.qualifier, f)),
  );
  return (matching ?? best).profile;
}
