import type { Conflict, Fact, Figure } from '../../lib/topic/schema';
import type { PageContext } from '../../lib/messaging/contract';
import type { PopoverStrings } from '../../lib/i18n/popover';
import type { Lang } from '../../lib/i18n/lang';
import { fill } from '../../lib/i18n/fill';
import { formatIsoDate, formatIsoDateShort } from '../../lib/i18n/format';
import { figureNumber, figureValue } from '../../lib/i18n/explain';
import { sidebarStrings } from '../../lib/i18n/sidebar';
import { figureOrigin } from '../../lib/topic/cite';

/** A seed's claim, shown as that seed's: outlet and date first, our summary, then its own words. */
export function FactItem(props: {
  t: PopoverStrings;
  lang: Lang;
  context: PageContext;
  fact: Fact;
  /** The seed's own words are shown once the reader asks for more. */
  expanded: boolean;
}) {
  const { t, lang, context, fact, expanded } = props;
  const src = context.sources[fact.seed];
  return (
    <li class="fact" data-testid="popover-fact">
      <span class="cite">
        {fill(t.claimOf, {
          outlet: src?.outlet ? `${fact.seed.slice(0, 3)} · ${src.outlet}` : fact.seed.slice(0, 3),
          date: formatIsoDate(fact.asOf, lang),
        })}
      </span>
      <p>{lang === 'es' ? fact.statementEs : fact.statement}</p>
      {expanded && <blockquote lang={src?.lang}>“{fact.quote}”</blockquote>}
    </li>
  );
}

/** A relation between sources, named for its kind; a series shows its figures side by side with dates. */
export function RelationItem(props: {
  t: PopoverStrings;
  lang: Lang;
  context: PageContext;
  relation: Conflict;
  expanded: boolean;
}) {
  const { t, lang, context, relation: c, expanded } = props;
  const figuresById = new Map(context.figures.map((f) => [f.id, f]));
  const figures = c.members.map((m) => figuresById.get(m)).filter((f): f is Figure => f !== undefined);
  return (
    <li class={`relation ${c.kind}`} data-testid="popover-conflict" data-kind={c.kind}>
      <p class="kind">
        <span class="kind-label">{t.relationKind[c.kind]}</span> {lang === 'es' ? c.titleEs : c.title}
      </p>
      {figures.length > 0 && !expanded && (
        <p class="chips">
          {sameFigureGroups(figures).map(([f]) => (
            <span key={f!.id} class="chip" data-testid="popover-figure">
              <strong>{figureNumber(f!, sidebarStrings(lang), lang)}</strong>{' '}
              {formatIsoDateShort(f!.asOf, lang)}
            </span>
          ))}
        </p>
      )}
      {figures.length > 0 && expanded && (
        <div class="side-by-side">
          {sameFigureGroups(figures).map(([f, ...repeats]) => (
            <div key={f!.id} class="figure" data-testid="popover-figure">
              <span class="value">{figureValue(f!, sidebarStrings(lang), lang)}</span>
              <span class="date">
                {t.asOf} {formatIsoDate(f!.asOf, lang)}
              </span>
              <span class="src">
                {[f!, ...repeats].map((x) => figureOrigin(x, context.sources, context.records)).join(', ')}
              </span>
            </div>
          ))}
        </div>
      )}
      {expanded && <p class="why">{lang === 'es' ? c.explanationEs : c.explanation}</p>}
    </li>
  );
}

/** A figure repeated by a copy (240 in 001 and in 002) is one figure with two sources, not two columns. */
function sameFigureGroups(figures: Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.quantity}|${f.value}|${f.high ?? ''}|${f.qualifier}|${f.asOf}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}
