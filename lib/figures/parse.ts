import type { Qualifier } from '../topic/schema';
import { foldText } from '../search/fold';

/**
 * Numbers as news text writes them, in English and Spanish: "more than 16,500", "Sixty-six",
 * "cerca de 70", "16.500", "1.5 million", "60 mil", with NO-BREAK or thin spaces as thousand
 * separators. Years, calendar days and ordinals are not figures and are skipped by findFigures.
 */

export interface ParsedFigure {
  value: number;
  qualifier: Qualifier;
  /** The folded word right after the number when it names what is counted ("migrants", "days", "percent"). */
  unitHint?: string;
}

export interface FoundFigure extends ParsedFigure {
  start: number;
  end: number;
  raw: string;
}

interface Tok {
  /** Folded text; digits kept as written. */
  text: string;
  raw: string;
  start: number;
  end: number;
  kind: 'digits' | 'word' | 'symbol';
}

const THOUSANDS_SEP = '[,.\\u00a0\\u2009\\u202f]';
const TOKEN = new RegExp(
  `(?<![\\d])\\d{1,3}(?:${THOUSANDS_SEP}\\d{3})+(?:[.,]\\d+)?(?![\\d])|\\d+(?:[.,]\\d+)?|\\p{L}+|[%$]`,
  'gu',
);

function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const kind = /^\d/.test(raw) ? 'digits' : /^[%$]$/.test(raw) ? 'symbol' : 'word';
    toks.push({
      text: kind === 'word' ? foldText(raw) : raw,
      raw,
      start: m.index,
      end: m.index + raw.length,
      kind,
    });
  }
  return toks;
}

/** Two tokens belong to one expression only if just spaces (or a hyphen, "sixty-six") sit between them. */
function joined(text: string, a: Tok, b: Tok, allowHyphen: boolean): boolean {
  const gap = text.slice(a.end, b.start);
  return allowHyphen
    ? /^[\s\u00a0\u2009\u202f]*[-\u2010\u2011]?[\s\u00a0\u2009\u202f]*$/.test(gap)
    : /^[\s\u00a0\u2009\u202f]+$/.test(gap);
}

function digitsValue(raw: string): number {
  const grouped = raw.match(/^(\d{1,3})((?:[,.\u00a0\u2009\u202f]\d{3})+)([.,]\d+)?$/);
  if (grouped) {
    const groupSep = grouped[2]![0]!;
    const intPart = Number(grouped[1]! + grouped[2]!.replace(/[^\d]/g, ''));
    const frac = grouped[3];
    // "1,234.5" and "1.234,5": the decimal mark is whichever separator the groups did not use.
    if (frac && frac[0] !== groupSep) return intPart + Number('0.' + frac.slice(1));
    return intPart;
  }
  return Number(raw.replace(',', '.'));
}

// prettier-ignore
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21, veintidos: 22,
  veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28,
  veintinueve: 29,
};
// prettier-ignore
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
// prettier-ignore
const HUNDREDS: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
// prettier-ignore
const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, mil: 1e3, millon: 1e6, millones: 1e6,
};
/** Words that are numbers only inside a longer expression: "one" of them, English "once", "a". */
const NOT_ALONE = new Set(['one', 'un', 'uno', 'una', 'once', 'a']);

// prettier-ignore
const QUALIFIERS: Array<[string, Qualifier]> = (
  [
    ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
    ['just over', 'more-than'], ['well over', 'more-than'], ['a little over', 'more-than'], ['mas de', 'more-than'],
    ['por encima de', 'more-than'], ['arriba de', 'more-than'],
    ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['under', 'fewer-than'], ['just under', 'fewer-than'],
    ['below', 'fewer-than'], ['menos de', 'fewer-than'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'], ['casi', 'nearly'],
    ['cerca de', 'nearly'], ['poco menos de', 'nearly'],
    ['around', 'around'], ['about', 'around'], ['some', 'around'], ['roughly', 'around'], ['approximately', 'around'],
    ['an estimated', 'around'], ['estimated', 'around'], ['alrededor de', 'around'], ['unos', 'around'],
    ['unas', 'around'], ['aproximadamente', 'around'], ['en torno a', 'around'], ['algo mas de', 'more-than'],
    ['only', 'only'], ['just', 'only'], ['merely', 'only'], ['a mere', 'only'], ['solo', 'only'],
    ['solamente', 'only'], ['unicamente', 'only'], ['apenas', 'only'], ['tan solo', 'only'],
    ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['al menos', 'at-least'],
    ['por lo menos', 'at-least'], ['como minimo', 'at-least'],
  ] as Array<[string, Qualifier]>
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'
  ).split(' '),
);
const NOT_UNITS = new Set(
  (
    'of that the which who and or to in on at for from with as is are was were have has had will would ' +
    'de del que y o a en con por para es son fue han ha se los las el la'
  ).split(' '),
);
const PERCENT_WORDS = new Set(['percent', 'porciento']);

interface NumberSpan {
  value: number;
  first: number;
  last: number;
  /** Number of lexical pieces; "one" alone is 1 piece and ambiguous. */
  pieces: number;
}

/** Reads a number written in digits (plus scale words) or in words, starting at toks[i]. */
function readNumber(text: string, toks: Tok[], i: number): NumberSpan | null {
  const t = toks[i]!;
  if (t.kind === 'digits') {
    let value = digitsValue(t.raw);
    let last = i;
    let maxScale = 1;
    // "1.5 million", "60 mil", "2 mil millones"
    while (last + 1 < toks.length && joined(text, toks[last]!, toks[last + 1]!, false)) {
      const scale = SCALES[toks[last + 1]!.text];
      if (!scale) break;
      value = scale > maxScale ? value * scale : value + scale;
      maxScale = Math.max(maxScale, scale);
      last++;
    }
    return { value: round(value), first: i, last, pieces: last - i + 1 };
  }
  if (t.kind !== 'word') return null;
  return readWords(text, toks, i);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function isNumberWord(w: string): boolean {
  return w in SMALL || w in TENS || w in HUNDREDS || w in SCALES || w === 'hundred' || w === 'hundreds';
}

function readWords(text: string, toks: Tok[], i: number): NumberSpan | null {
  let total = 0;
  let current = 0;
  let maxScale = 1;
  let pieces = 0;
  let last = -1;
  let prev: 'small' | 'tens' | 'hundred' | 'hundreds' | 'scale' | 'a' | null = null;
  for (let j = i; j < toks.length; j++) {
    const tok = toks[j]!;
    if (tok.kind !== 'word') break;
    if (j > i && !joined(text, toks[j - 1]!, tok, prev === 'tens')) break;
    const w = tok.text;
    const next = toks[j + 1];
    if (
      (w === 'and' || w === 'y') &&
      pieces > 0 &&
      next &&
      isNumberWord(next.text) &&
      !(next.text in SCALES)
    ) {
      // "one hundred and five", "treinta y seis"; not "Honduras y 22" (digits are not words).
      if ((w === 'and' && (prev === 'hundred' || prev === 'scale')) || (w === 'y' && prev === 'tens'))
        continue;
      break;
    }
    if (w === 'a' && pieces === 0 && next && (next.text === 'hundred' || next.text in SCALES)) {
      prev = 'a';
      continue;
    }
    if (w in SMALL) {
      const v = SMALL[w]!;
      if (prev === 'small' || (prev === 'tens' && v >= 10)) break;
      current += v;
      prev = 'small';
    } else if (w in TENS) {
      if (prev === 'small' || prev === 'tens') break;
      current += TENS[w]!;
      prev = 'tens';
    } else if (w in HUNDREDS) {
      if (prev === 'small' || prev === 'tens' || prev === 'hundreds' || prev === 'hundred') break;
      current += HUNDREDS[w]!;
      prev = 'hundreds';
    } else if (w === 'hundred' || w === 'hundreds') {
      if (prev === 'hundred' || prev === 'hundreds') break;
      current = (current || 1) * 100;
      prev = 'hundred';
    } else if (w in SCALES) {
      if (pieces === 0 && prev !== 'a' && w !== 'mil') break;
      const scale = SCALES[w]!;
      if (scale > maxScale) {
        // "mil millones" is a thousand millions, not a thousand plus a million.
        const sofar = total + current;
        total = (sofar === 0 ? 1 : sofar) * scale;
        maxScale = scale;
      } else {
        total += (current || 1) * scale;
      }
      current = 0;
      prev = 'scale';
    } else {
      break;
    }
    pieces++;
    last = j;
  }
  if (pieces === 0) return null;
  return { value: total + current, first: i, last, pieces };
}

/** The longest qualifier phrase that ends right before toks[i]. */
function readQualifier(text: string, toks: Tok[], i: number): { qualifier: Qualifier; first: number } | null {
  for (const [phrase, qualifier] of QUALIFIERS) {
    const words = phrase.split(' ');
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = toks[first + k]!;
      ok = tok.kind === 'word' && tok.text === words[k] && joined(text, tok, toks[first + k + 1]!, false);
    }
    if (ok) return { qualifier, first };
  }
  return null;
}

function readUnit(text: string, toks: Tok[], last: number): string | undefined {
  const next = toks[last + 1];
  if (!next) return undefined;
  if (next.raw === '%' && next.start === toks[last]!.end) return 'percent';
  if (next.kind !== 'word' || !joined(text, toks[last]!, next, true)) return undefined;
  if (text.slice(toks[last]!.end, next.start).includes('\n')) return undefined;
  if (PERCENT_WORDS.has(next.text)) return 'percent';
  if ((next.text === 'per' || next.text === 'por') && toks[last + 2]?.text.startsWith('cien'))
    return 'percent';
  if (NOT_UNITS.has(next.text)) return undefined;
  return next.text;
}

export interface FindOptions {
  /** Keep four-digit years and calendar days ("June 1", "1 de junio"); off by default. */
  includeDates?: boolean;
  /** Keep "one", "a", "un", "una" and English-ambiguous "once" when they stand alone. */
  includeAmbiguousWords?: boolean;
}

/** Every number expression in running text, with its qualifier and offsets. */
export function findFigures(text: string, options: FindOptions = {}): FoundFigure[] {
  const toks = lex(text);
  const found: FoundFigure[] = [];
  for (let i = 0; i < toks.length; i++) {
    const span = readNumber(text, toks, i);
    if (!span) continue;
    const firstTok = toks[span.first]!;
    const lastTok = toks[span.last]!;
    const nextTok = toks[span.last + 1];
    i = span.last;
    if (
      firstTok.kind === 'word' &&
      span.pieces === 1 &&
      NOT_ALONE.has(firstTok.text) &&
      !options.includeAmbiguousWords
    ) {
      continue;
    }
    // "1st", "10am", "H1B": digits glued to letters are labels, not counts.
    if (lastTok.kind === 'digits' && nextTok?.kind === 'word' && nextTok.start === lastTok.end) continue;
    if (firstTok.kind === 'digits' && span.first > 0 && /[\p{L}_]$/u.test(text.slice(0, firstTok.start)))
      continue;
    const qualifierSpan = readQualifier(text, toks, span.first);
    if (!options.includeDates && !qualifierSpan && isDate(text, toks, span)) continue;
    const start = qualifierSpan ? toks[qualifierSpan.first]!.start : firstTok.start;
    let end = lastTok.end;
    if (nextTok?.raw === '%' && nextTok.start === end) end = nextTok.end;
    const unitHint = readUnit(text, toks, span.last);
    found.push({
      start,
      end,
      raw: text.slice(start, end),
      value: span.value,
      qualifier: qualifierSpan?.qualifier ?? 'exact',
      ...(unitHint ? { unitHint } : {}),
    });
  }
  return found;
}

function isDate(text: string, toks: Tok[], span: NumberSpan): boolean {
  const tok = toks[span.first]!;
  if (tok.kind !== 'digits' || span.pieces !== 1) return false;
  const raw = tok.raw;
  if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) return true;
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 31) return false;
  const before = toks[span.first - 1];
  if (before && MONTHS.has(before.text) && joined(text, before, tok, false)) return true;
  const after = toks[span.first + 1];
  if (after && MONTHS.has(after.text) && joined(text, tok, after, false)) return true;
  const afterDe = toks[span.first + 2];
  return Boolean(after?.text === 'de' && afterDe && MONTHS.has(afterDe.text));
}

/**
 * One figure written on its own ("more than 16,500", "Sixty-six", "cerca de 70 migrantes").
 * Returns null unless the text starts with the figure.
 */
export function parseFigure(text: string): ParsedFigure | null {
  const trimmed = text.trim();
  const [first] = findFigures(trimmed, { includeDates: true, includeAmbiguousWords: true });
  if (!first || first.start !== 0) return null;
  return {
    value: first.value,
    qualifier: first.qualifier,
    ...(first.unitHint ? { unitHint: first.unitHint } : {}),
  };
}
