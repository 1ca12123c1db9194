import type { Conflict, Figure } from '../../lib/topic/schema';
import type { MentionContext, PageContext } from '../../lib/messaging/contract';
import type { PopoverStrings } from '../../lib/i18n/popover';
import type { Lang } from '../../lib/i18n/lang';
import { formatIsoDate, formatNumber } from '../../lib/i18n/format';

export interface PopoverProps {
  lang: Lang;
  t: PopoverStrings;
  context: PageContext;
  mention: MentionContext;
  exact: string;
  onOpenSidebar(): void;
  onClose(): void;
}

const MAX_FACTS = 3;
const MAX_CONFLICTS = 2;

/** The popover's content: a pure view of data prefetched for the page. */
export function Popover({ lang, t, context, mention, exact, onOpenSidebar, onClose }: PopoverProps) {
  const facts = mention.facts
    .map((id) => context.facts[id])
    .filter((f) => f !== undefined)
    .slice(0, MAX_FACTS);
  const conflicts = mention.conflicts
    .map((id) => context.conflicts.find((c) => c.id === id))
    .filter((c): c is Conflict => c !== undefined)
    .slice(0, MAX_CONFLICTS);
  const figuresById = new Map(context.figures.map((f) => [f.id, f]));
  const summary = firstSentence(lang === 'es' ? context.topic.summaryEs : context.topic.summary);
  const name = lang === 'es' ? context.topic.nameEs : context.topic.name;

  return (
    <div class="pop" role="dialog" aria-label={`${name}: ${exact}`} data-testid="popover">
      <div class="head">
        <p class="policy" data-testid="popover-policy">
          <strong>{name}</strong> — {summary}
        </p>
        <button type="button" class="close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </div>

      <PageNotes t={t} lang={lang} context={context} />

      {conflicts.length > 0 && (
        <section aria-label={t.figures}>
          <h2>{t.figures}</h2>
          {conflicts.map((c) => {
            const figures = c.members
              .map((m) => figuresById.get(m))
              .filter((f): f is Figure => f !== undefined);
            return (
              <div key={c.id} class="conflict" data-testid="popover-conflict" data-kind={c.kind}>
                <p class="kind">
                  {t.conflictKind[c.kind]}: {c.title}
                </p>
                {figures.length > 0 && (
                  <div class="side-by-side">
                    {sameFigureGroups(figures).map(([f, ...repeats]) => (
                      <div key={f!.id} class="figure" data-testid="popover-figure">
                        <span class="value">
                          {f!.qualifier === 'exact' ? '' : t.qualifier[f!.qualifier]}{' '}
                          {formatNumber(f!.value, lang)}
                        </span>
                        <span class="unit">{f!.unit}</span>
                        <span class="date">
                          {t.asOf} {formatIsoDate(f!.asOf, lang)}
                        </span>
                        <span class="src">
                          {[f!, ...repeats]
                            .map((x) => context.sources[x.seed]?.outlet ?? x.seed.slice(0, 3))
                            .join(', ')}
                        </span>
                      </div>
                    ))}
                  </div>
                )}
                <p class="why">{c.explanation}</p>
              </div>
            );
          })}
        </section>
      )}

      {facts.length > 0 && (
        <section aria-label={t.facts}>
          <h2>{t.facts}</h2>
          <ul class="facts">
            {facts.map((f) => {
              const src = context.sources[f.seed];
              return (
                <li key={f.id} data-testid="popover-fact">
                  <p>{f.statement}</p>
                  <blockquote>“{f.quote}”</blockquote>
                  <p class="cite">
                    {src?.outlet ?? src?.title ?? f.seed} · {t.asOf} {formatIsoDate(f.asOf, lang)}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {mention.sources.length > 0 && (
        <section aria-label={t.related}>
          <h2>{t.related}</h2>
          <ul class="related">
            {groupCopies(mention.sources, context).map(({ seed, copies }) => {
              const src = context.sources[seed]!;
              return (
                <li key={seed} data-testid="popover-related">
                  <span class="title">{src.title}</span>
                  <span class="cite">
                    {src.outlet ?? seed.slice(0, 3)} ·{' '}
                    {src.pageDate ? `${t.pageDated} ${formatIsoDate(src.pageDate, lang)} · ` : ''}
                    {t.eventsFrom} {formatIsoDate(src.eventsDate, lang)}
                  </span>
                  {copies.map((c) => {
                    const copy = context.sources[c]!;
                    return (
                      <span key={c} class="copy" data-testid="popover-copy">
                        {c.slice(0, 3)} {t.copies} {seed.slice(0, 3)} {t.underAnotherDate}
                        {copy.pageDate ? ` (${formatIsoDate(copy.pageDate, lang)})` : ''}
                      </span>
                    );
                  })}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div class="foot">
        <button type="button" class="link" onClick={onOpenSidebar} data-testid="popover-open-sidebar">
          {t.openSidebar}
        </button>
        <span class="hint">{t.keyboardHint}</span>
      </div>
    </div>
  );
}

function PageNotes({ t, lang, context }: { t: PopoverStrings; lang: Lang; context: PageContext }) {
  const { dateCheck, copiedPassages } = context;
  const copiedSeeds = [...new Set(copiedPassages.map((p) => p.seed))].filter((s) => context.sources[s]);
  if (!dateCheck?.disagrees && copiedSeeds.length === 0) return null;
  return (
    <section class="page-notes" aria-label={t.thisPage} data-testid="popover-page">
      {dateCheck?.disagrees && dateCheck.pageDate && (
        <p class="warn" data-testid="popover-datecheck">
          {t.misdated
            .replace('{page}', formatIsoDate(dateCheck.pageDate, lang))
            .replace('{events}', formatIsoDate(dateCheck.eventsDate, lang))}
        </p>
      )}
      {copiedSeeds.length > 0 && (
        <p class="warn" data-testid="popover-copied">
          {t.copiedFrom}{' '}
          {copiedSeeds.map((seed, i) => {
            const s = context.sources[seed]!;
            return (
              <span key={seed} data-seed={seed}>
                {i > 0 ? ' · ' : ''}
                {seed.slice(0, 3)} {s.outlet ?? ''} (
                {s.pageDate ? `${t.pageDated} ${formatIsoDate(s.pageDate, lang)}` : t.noDate}, {t.eventsFrom}{' '}
                {formatIsoDate(s.eventsDate, lang)})
              </span>
            );
          })}
        </p>
      )}
    </section>
  );
}

/** Copies are listed under the article they copy instead of as separate entries. */
function groupCopies(seeds: string[], context: PageContext): Array<{ seed: string; copies: string[] }> {
  const out: Array<{ seed: string; copies: string[] }> = [];
  const seen = new Set<string>();
  for (const seed of seeds) {
    const src = context.sources[seed];
    if (!src) continue;
    const original = src.copies ?? seed;
    if (seen.has(original) || !context.sources[original]) continue;
    seen.add(original);
    out.push({ seed: original, copies: context.sources[original]!.copiedBy });
  }
  return out;
}

/** The policy in one line: the summary's first sentence. */
function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s+\p{Lu}|$)/su.exec(text);
  return m ? m[0] : text;
}

/** A figure repeated by a copy (240 in 001 and in 002) is one figure with two sources, not two columns. */
function sameFigureGroups(figures: Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.quantity}|${f.value}|${f.qualifier}|${f.asOf}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}
