import { formatIsoDate } from '../../lib/i18n/format';
import type { Lang } from '../../lib/i18n/lang';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { Fact, TimelineEvent } from '../../lib/topic/schema';

export interface SeedFactsProps {
  s: SidebarStrings;
  lang: Lang;
  facts: Fact[];
  timeline: TimelineEvent[];
  /** Choosing a quote highlights it in the text above. */
  quoteHref: (quote: string) => string;
}

export function SeedFacts({ s, lang, facts, timeline, quoteHref }: SeedFactsProps) {
  return (
    <>
      <section class="seed-facts" aria-labelledby="facts-heading" data-testid="article-facts">
        <h2 id="facts-heading">{fill(s.article.facts, { n: facts.length })}</h2>
        {facts.length === 0 ? (
          <p class="muted">{s.article.factsNone}</p>
        ) : (
          <ul class="plain">
            {facts.map((fact) => (
              <li key={fact.id} class="check" data-testid="article-fact" data-id={fact.id}>
                <p>
                  <strong>{lang === 'es' ? fact.statementEs : fact.statement}</strong>{' '}
                  <span class="muted">
                    ({fill(s.article.asOf, { date: formatIsoDate(fact.asOf, lang) })})
                  </span>
                </p>
                <blockquote class="quote">
                  <a href={quoteHref(fact.quote)}>{fact.quote}</a>
                </blockquote>
                <p class="muted">
                  <code>{fact.id}</code>
                  {fact.tags.length > 0 && ` · ${fact.tags.join(', ')}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {timeline.length > 0 && (
        <section class="seed-timeline" aria-labelledby="timeline-heading" data-testid="article-timeline">
          <h2 id="timeline-heading">{s.article.timeline}</h2>
          <ol class="plain">
            {timeline.map((event) => (
              <li key={event.id} class="check">
                <strong>{formatIsoDate(event.date, lang)}</strong>{' '}
                {lang === 'es' ? event.eventEs : event.event}
                <blockquote class="quote">
                  <a href={quoteHref(event.quote)}>{event.quote}</a>
                </blockquote>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
