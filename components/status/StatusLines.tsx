import { useState } from 'preact/hooks';
import type { PageContext, StatusAtView } from '../../lib/messaging/contract';
import type { Lang } from '../../lib/i18n/lang';
import { fill } from '../../lib/i18n/fill';
import { formatIsoDate } from '../../lib/i18n/format';
import { figureNumber } from '../../lib/i18n/explain';
import { sidebarStrings } from '../../lib/i18n/sidebar';
import { STATUS_WORDS, stateLabel } from '../../lib/i18n/status';
import { figureOrigin, shortPublisher } from '../../lib/topic/cite';

/**
 * The policy's status on the dates that matter to the page (its own, the events it reports, the
 * latest the sources cover), each with the event that began it; the records behind them one
 * click away.
 */
export function StatusLines({ lang, context }: { lang: Lang; context: PageContext }) {
  const w = STATUS_WORDS[lang];
  const [open, setOpen] = useState(false);
  if (context.status.length === 0) return null;
  const sources = [
    ...new Map(context.status.flatMap((l) => l.status.sources).map((r) => [r.id, r])).values(),
  ];
  return (
    <section class="status" aria-label={w.heading} data-testid="status-lines">
      {context.status.map((line, i) => (
        <p key={line.role} class="status-line" data-role={line.role} data-state={line.status.state}>
          <span class="when">
            {fill(roleWords(line, lang), { date: formatIsoDate(line.status.date, lang) })}:
          </span>{' '}
          <strong>{stateLabel(line.status.state, lang)}</strong>
          {line.status.since && line.role !== 'latest' && (
            <span class="since">
              {' '}
              ({fill(w.since, { date: formatIsoDate(line.status.since.date, lang) })})
            </span>
          )}
          {line.figure && (
            <span class="count">
              {' · '}
              {fill(w.soFar, {
                value: figureNumber(line.figure, sidebarStrings(lang), lang),
                date: formatIsoDate(line.figure.asOf, lang),
                source: line.figure.seed
                  ? line.figure.seed.slice(0, 3)
                  : figureOrigin(line.figure, context.sources, context.records),
              })}
            </span>
          )}
          {line.recordEnds && (
            <span class="record-ends" data-testid="status-record-ends">
              {' · '}
              {fill(w.recordEnds, { date: formatIsoDate(line.recordEnds, lang) })}
            </span>
          )}
          {i === context.status.length - 1 && sources.length > 0 && (
            <>
              {' · '}
              <button
                type="button"
                class="inline-link"
                aria-expanded={open}
                onClick={() => setOpen(!open)}
                data-testid="status-records-toggle"
              >
                {w.sources} ({sources.length})
              </button>
            </>
          )}
        </p>
      ))}
      {open && (
        <div class="records">
          <ul>
            {sources.map((r) => (
              <li key={r.id} data-testid="status-record">
                {shortPublisher(r.publisher)}, “{r.title}”, {formatIsoDate(r.date, lang)}.{' '}
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {new URL(r.url).hostname}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function roleWords(line: StatusAtView, lang: Lang): string {
  const w = STATUS_WORDS[lang];
  return line.role === 'page' ? w.pageDate : line.role === 'events' ? w.events : w.latest;
}
