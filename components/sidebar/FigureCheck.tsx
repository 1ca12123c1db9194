import { formatIsoDate } from '../../lib/i18n/format';
import { explainFigure, figureValue } from '../../lib/i18n/explain';
import type { Lang } from '../../lib/i18n/lang';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { FigureCheckView, MentionView, PageContext } from '../../lib/messaging/contract';
import type { Verdict } from '../../lib/notes/verdicts';
import { Section } from './Section';
import { figureOrigin } from '../../lib/topic/cite';
import { ColorBadge } from './VerdictBadge';

export interface FigureCheckProps {
  s: SidebarStrings;
  lang: Lang;
  mentions: MentionView[];
  context: PageContext;
}

// Figure checks borrow the note verdict colours so one colour means one thing across the sidebar.
const CHECK_COLOUR: Record<FigureCheckView['verdict'], Verdict> = {
  agrees: 'accurate',
  conflicts: 'false',
  'no-curated-figure': 'unverifiable',
};

export function FigureCheck({ s, lang, mentions, context }: FigureCheckProps) {
  const rows = mentions
    .map((mention, i) => ({ mention, i, checks: context.mentions[i]?.figureChecks ?? [] }))
    .filter((row) => row.checks.length > 0);
  const verdictLabel = (v: FigureCheckView['verdict']) =>
    v === 'agrees' ? s.figures.agrees : v === 'conflicts' ? s.figures.conflicts : s.figures.noCuratedFigure;

  return (
    <Section id="figure-check" title={s.figures.heading} testId="figure-check">
      {rows.length === 0 ? (
        <p class="muted">{s.figures.none}</p>
      ) : (
        rows.map(({ mention, i, checks }) => (
          <div key={mention.index} class="figure-group">
            <h3>{fill(s.figures.inMention, { n: i + 1 })}</h3>
            <ul class="plain">
              {checks.map((check, j) => (
                <li key={j} class="check" data-testid="figure-check-item" data-verdict={check.verdict}>
                  <p class="figure-head">
                    <span class="muted">{s.figures.onPage}: </span>
                    <strong class="figure-raw">{check.raw}</strong>{' '}
                    <ColorBadge verdict={CHECK_COLOUR[check.verdict]} label={verdictLabel(check.verdict)} />
                  </p>
                  <p>{explainFigure(check.raw, check.reason, s, lang)}</p>
                  {check.series.length > 0 && (
                    <>
                      <p class="subhead">{s.figures.series}</p>
                      <ul class="series">
                        {check.series.map((f) => (
                          <li key={f.id}>
                            <span>{lang === 'es' ? f.labelEs : f.label}: </span>
                            <strong>{figureValue(f, s, lang)}</strong>{' '}
                            <span class="muted">
                              ({fill(s.figures.asOf, { date: formatIsoDate(f.asOf, lang) })} ·{' '}
                              {figureOrigin(f, context.sources, context.records)})
                            </span>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </Section>
  );
}
