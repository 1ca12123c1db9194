import { useState } from 'preact/hooks';
import type { Conflict, Fact } from '../../lib/topic/schema';
import type { MentionContext, PageContext } from '../../lib/messaging/contract';
import type { PopoverStrings } from '../../lib/i18n/popover';
import type { Lang } from '../../lib/i18n/lang';
import { fill } from '../../lib/i18n/fill';
import { formatIsoDate } from '../../lib/i18n/format';
import { StatusLines } from '../status/StatusLines';
import { PageSignals, pageSignals } from './PageSignals';
import { FactItem, RelationItem } from './RankedItem';

export interface PopoverProps {
  lang: Lang;
  t: PopoverStrings;
  context: PageContext;
  mention: MentionContext;
  exact: string;
  onOpenSidebar(): void;
  onClose(): void;
}

/** The first view leads with this many facts or relations; the rest is one "More" away. */
const LEAD = 2;
const MAX_ITEMS = 6;

type Item = { type: 'fact'; fact: Fact } | { type: 'relation'; relation: Conflict };

/**
 * The popover's content, a pure view of data prefetched for the page. Its first view fits a
 * 360×420 box: the policy in one line, its status on the page's dates, at most three signals about
 * this page, and the two facts or relations most relevant to the mention's sentence.
 */
export function Popover({ lang, t, context, mention, exact, onOpenSidebar, onClose }: PopoverProps) {
  const [more, setMore] = useState(false);
  const items = rankedItems(context, mention).slice(0, MAX_ITEMS);
  const shown = more ? items : items.slice(0, LEAD);
  // Everything past the first view: the rest of the items, the quotes and explanations, related articles.
  const hidden =
    Math.max(0, items.length - LEAD) + (mention.sources.length > 0 ? 1 : 0) + (items.length > 0 ? 1 : 0);
  const summary = firstSentence(lang === 'es' ? context.topic.summaryEs : context.topic.summary);
  const name = lang === 'es' ? context.topic.nameEs : context.topic.name;

  return (
    <div class="pop" role="dialog" aria-label={`${name}: ${exact}`} data-testid="popover">
      <div class="head">
        {/* Floated first, so only the first line of the summary makes room for it. */}
        <button type="button" class="close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
        <p class="policy" data-testid="popover-policy">
          <strong>{name}</strong> — {summary}
        </p>
      </div>

      <StatusLines lang={lang} context={context} />
      <PageSignals t={t} signals={pageSignals(t, lang, context, mention)} />

      {shown.length > 0 && (
        <section aria-label={t.lead} data-testid="popover-lead">
          <ul class="items">
            {shown.map((item) =>
              item.type === 'fact' ? (
                <FactItem
                  key={item.fact.id}
                  t={t}
                  lang={lang}
                  context={context}
                  fact={item.fact}
                  expanded={more}
                />
              ) : (
                <RelationItem
                  key={item.relation.id}
                  t={t}
                  lang={lang}
                  context={context}
                  relation={item.relation}
                  expanded={more}
                />
              ),
            )}
          </ul>
        </section>
      )}

      {more && mention.sources.length > 0 && (
        <RelatedSources t={t} lang={lang} context={context} seeds={mention.sources} />
      )}

      <div class="foot">
        {hidden > 0 && (
          <button
            type="button"
            class="more"
            aria-expanded={more}
            onClick={() => setMore(!more)}
            data-testid="popover-more"
          >
            {more ? t.less : fill(t.more, { count: hidden })}
          </button>
        )}
        <button
          type="button"
          class="link"
          // A page's scripted click is not the user's: it must not open anything.
          onClick={(e) => e.isTrusted && onOpenSidebar()}
          data-testid="popover-open-sidebar"
        >
          {t.openSidebar}
        </button>
      </div>
      {more && <p class="hint">{t.keyboardHint}</p>}
    </div>
  );
}

function rankedItems(context: PageContext, mention: MentionContext): Item[] {
  const out: Item[] = [];
  for (const r of mention.ranked) {
    if (r.type === 'fact') {
      const fact = context.facts[r.id];
      if (fact) out.push({ type: 'fact', fact });
    } else {
      const relation = context.conflicts.find((c) => c.id === r.id);
      if (relation) out.push({ type: 'relation', relation });
    }
  }
  return out;
}

function RelatedSources({
  t,
  lang,
  context,
  seeds,
}: {
  t: PopoverStrings;
  lang: Lang;
  context: PageContext;
  seeds: string[];
}) {
  const list = groupCopies(seeds, context);
  return (
    <section aria-label={t.related}>
      <h2>{t.related}</h2>
      <ul class="related">
        {list.map(({ seed, copies }) => {
          const src = context.sources[seed]!;
          return (
            <li key={seed} data-testid="popover-related">
              <span class="title">{src.title}</span>
              <span class="cite">
                {seed.slice(0, 3)} · {src.outlet ?? t.noDate} ·{' '}
                {src.pageDate ? `${fill(t.pageDated, { date: formatIsoDate(src.pageDate, lang) })} · ` : ''}
                {fill(t.eventsOf, { date: formatIsoDate(src.eventsDate, lang) })}
              </span>
              {copies.map((c) => {
                const copy = context.sources[c]!;
                return (
                  <span key={c} class="copy" data-testid="popover-copy">
                    {fill(t.copiedBy, {
                      copy: c.slice(0, 3),
                      date: copy.pageDate ? formatIsoDate(copy.pageDate, lang) : t.noDate,
                    })}
                  </span>
                );
              })}
            </li>
          );
        })}
      </ul>
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
