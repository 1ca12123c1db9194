/**
 * The figure and date checks in words, in the user's language: the one place they are worded.
 * The checks themselves (lib/figures/check.ts, lib/service/page-context.ts) give their reasons as
 * data only.
 */
import type { FigureReason } from '../figures/check';
import type { DateCheckView } from '../messaging/contract';
import type { Figure } from '../topic/schema';
import { formatIsoDate, formatNumber } from './format';
import type { Lang } from './lang';
import { fill, type SidebarStrings } from './sidebar';

/** "more than 16,500 migrants": the qualifier, the number in the reader's format, the unit. */
/** A figure's number with its qualifier, without the unit ("only 240", "68,000–74,000"). */
export function figureNumber(
  figure: Pick<Figure, 'value' | 'high' | 'qualifier'>,
  s: SidebarStrings,
  lang: Lang,
): string {
  const qualifier = figure.qualifier === 'exact' ? '' : `${s.qualifier[figure.qualifier]} `;
  const value =
    figure.high !== undefined
      ? `${formatNumber(figure.value, lang)}–${formatNumber(figure.high, lang)}`
      : formatNumber(figure.value, lang);
  return `${qualifier}${value}`;
}

export function figureValue(
  figure: Pick<Figure, 'value' | 'high' | 'qualifier' | 'unit' | 'unitEs'>,
  s: SidebarStrings,
  lang: Lang,
): string {
  return `${figureNumber(figure, s, lang)} ${lang === 'es' ? figure.unitEs : figure.unit}`;
}

export function explainFigure(raw: string, reason: FigureReason, s: SidebarStrings, lang: Lang): string {
  const w = s.figures.why;
  const date = (iso: string) => formatIsoDate(iso, lang);
  const figure = (f: Figure) =>
    fill(w.figure, {
      value: figureValue(f, s, lang),
      date: date(f.asOf),
      seed: f.seed ? f.seed.slice(0, 3) : w.publicRecord,
    });
  const figures = (list: Figure[]) => list.map(figure).join('; ');
  switch (reason.kind) {
    case 'no-curated-figure':
      return fill(w.noCuratedFigure, { raw });
    case 'agrees': {
      const parts = [fill(w.agrees, { raw, label: reason.label[lang], figure: figure(reason.match) })];
      if (reason.pageBefore) parts.push(fill(w.pageBefore, { date: date(reason.pageBefore) }));
      if (reason.later.length > 0)
        parts.push(fill(reason.undated ? w.laterUndated : w.later, { figures: figures(reason.later) }));
      return parts.join(' ');
    }
    case 'outdated':
      return fill(w.outdated, {
        raw,
        label: reason.label[lang],
        figure: figure(reason.match),
        date: date(reason.pageDate),
        current: figure(reason.current),
      });
    case 'no-figure-then':
      return fill(reason.date ? w.noFigureThen : w.noFigureUndated, {
        raw,
        label: reason.label[lang],
        date: reason.date ? date(reason.date) : '',
      });
    case 'no-match': {
      const text = fill(w.noMatch, { raw, label: reason.label[lang], figure: figure(reason.closest) });
      return reason.sourcesStop ? `${text} ${fill(w.sourcesStop, { date: date(reason.sourcesStop) })}` : text;
    }
  }
}

/** `seed` names the seed article the page's text matches ("001 · Mexico News Daily"). */
export function explainDateCheck(check: DateCheckView, seed: string, s: SidebarStrings, lang: Lang): string {
  const w = s.pageCheck.why;
  const events = formatIsoDate(check.eventsDate, lang);
  if (!check.pageDate) return fill(w.undated, { seed, events });
  const page = formatIsoDate(check.pageDate, lang);
  if (check.predates) return fill(w.predates, { page, seed, events, quote: check.evidence });
  return check.disagrees
    ? fill(w.disagrees, { page, seed, events, quote: check.evidence })
    : fill(w.agrees, { page, events });
}
