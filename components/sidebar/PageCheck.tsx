import { formatIsoDate } from '../../lib/i18n/format';
import { explainDateCheck } from '../../lib/i18n/explain';
import type { Lang } from '../../lib/i18n/lang';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { PageContext } from '../../lib/messaging/contract';
import { Section } from './Section';
import { SourceLink } from './SourceLink';
import { seedName } from '../../lib/topic/cite';
import { ColorBadge } from './VerdictBadge';
import { StatusLines } from '../status/StatusLines';
import { STATUS_WORDS } from '../../lib/i18n/status';

export interface PageCheckProps {
  s: SidebarStrings;
  lang: Lang;
  context: PageContext;
  articleHref: (seed: string, quote: string | null) => string;
  onOpen: (url: string) => void;
}

/** Similarity may come as a ratio (0–1) or a percentage; either reads as a whole percent. */
export function percent(similarity: number): number {
  return Math.round(similarity <= 1 ? similarity * 100 : similarity);
}

export function PageCheck({ s, lang, context, articleHref, onOpen }: PageCheckProps) {
  const { dateCheck, copiedPassages, sources } = context;
  const date = (iso: string | null | undefined) => (iso ? formatIsoDate(iso, lang) : s.pageCheck.noPageDate);
  return (
    <Section id="page-check" title={s.pageCheck.heading} testId="page-check">
      <h3>{STATUS_WORDS[lang].heading}</h3>
      <StatusLines lang={lang} context={context} />
      <h3>{s.pageCheck.dates}</h3>
      {dateCheck ? (
        <div class="check" data-testid="date-check" data-disagrees={String(dateCheck.disagrees)}>
          {dateCheck.pageDate === null ? (
            <ColorBadge verdict="unverifiable" label={s.pageCheck.datesUnknown} />
          ) : (
            <ColorBadge
              verdict={dateCheck.disagrees ? 'false' : 'accurate'}
              label={dateCheck.disagrees ? s.pageCheck.datesDisagree : s.pageCheck.datesAgree}
            />
          )}
          <dl class="pairs">
            <dt>{s.pageCheck.pageDate}</dt>
            <dd>{date(dateCheck.pageDate)}</dd>
            <dt>{s.pageCheck.eventsDate}</dt>
            <dd>{date(dateCheck.eventsDate)}</dd>
          </dl>
          <p>{explainDateCheck(dateCheck, seedName(dateCheck.seed, sources), s, lang)}</p>
          <p class="source-line">
            {seedName(dateCheck.seed, sources)}{' '}
            <SourceLink
              href={articleHref(dateCheck.seed, null)}
              onOpen={onOpen}
              label={fill(s.pageCheck.openSeed, { name: seedName(dateCheck.seed, sources) })}
            >
              {s.pageCheck.open}
            </SourceLink>
          </p>
        </div>
      ) : (
        <p class="muted">{s.pageCheck.noDateCheck}</p>
      )}

      <h3>{s.pageCheck.copied}</h3>
      {copiedPassages.length === 0 ? (
        <p class="muted">{s.pageCheck.copiedNone}</p>
      ) : (
        <ul class="plain">
          {copiedPassages.map((p) => {
            const source = sources[p.seed];
            const name = seedName(p.seed, sources);
            return (
              <li
                key={`${p.seed}:${p.pageStart}`}
                class="check"
                data-testid="copied-passage"
                data-seed={p.seed}
              >
                <strong>{name}</strong>
                {source && (
                  <span class="muted">
                    {' '}
                    (
                    {fill(s.pageCheck.seedDates, {
                      page: source.pageDate ? date(source.pageDate) : s.article.noPageDate,
                      events: date(source.eventsDate),
                    })}
                    )
                  </span>
                )}
                <span class="similarity"> {fill(s.pageCheck.similarity, { n: percent(p.similarity) })} </span>
                <SourceLink
                  href={articleHref(p.seed, null)}
                  onOpen={onOpen}
                  label={fill(s.pageCheck.openSeed, { name })}
                  testId="copied-open"
                >
                  {s.pageCheck.open}
                </SourceLink>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
