import type { MentionContext, PageContext, SourceView } from '../../lib/messaging/contract';
import type { PopoverStrings } from '../../lib/i18n/popover';
import type { Lang } from '../../lib/i18n/lang';
import { fill } from '../../lib/i18n/fill';
import { formatIsoDate } from '../../lib/i18n/format';
import { explainFigure } from '../../lib/i18n/explain';
import { sidebarStrings } from '../../lib/i18n/sidebar';

const MAX_SIGNALS = 3;

export interface Signal {
  key: string;
  /** Only a warning about this page is one. */
  tone: 'warn' | 'info';
  text: string;
}

/**
 * What a reader should know about this page, at most three: its date against what it reports,
 * what it is (a seed, a reprint, a copy), and a figure near this mention that disagrees.
 */
export function pageSignals(
  t: PopoverStrings,
  lang: Lang,
  context: PageContext,
  mention: MentionContext,
): Signal[] {
  const out: Signal[] = [];
  const date = (iso: string) => formatIsoDate(iso, lang);
  const when = (s: SourceView) =>
    [
      s.pageDate ? fill(t.pageDated, { date: date(s.pageDate) }) : t.noDate,
      fill(t.eventsOf, { date: date(s.eventsDate) }),
    ].join(', ');
  const name = (seed: string) => seed.slice(0, 3);
  // A title the curators wrote (the page shows none) is not the outlet's: say no outlet is named.
  const outlet = (s: SourceView) => s.outlet ?? (s.titleIsOurs ? t.noOutlet : s.title);

  const check = context.dateCheck;
  if (check?.disagrees && check.pageDate) {
    out.push({
      key: 'date',
      tone: 'warn',
      text: fill(check.predates ? t.predates : t.misdated, {
        page: date(check.pageDate),
        events: date(check.eventsDate),
      }),
    });
  }

  const figure = mention.figureChecks.find((c) => c.verdict === 'conflicts');
  if (figure) {
    out.push({
      key: 'figure',
      tone: 'warn',
      text: fill(t.figureHere, {
        explanation: explainFigure(figure.raw, figure.reason, sidebarStrings(lang), lang),
      }),
    });
  }

  const identity = context.identity;
  const self = identity ? context.sources[identity.seed] : undefined;
  if (identity && self) {
    const original = self.copies ? context.sources[self.copies] : undefined;
    const parts = [
      fill(identity.sameDate ? t.isSeed : t.reprint, {
        seed: name(self.seed),
        outlet: outlet(self),
        // The status line gives the date of the events; the page's own date is what is new here.
        when: identity.sameDate
          ? self.pageDate
            ? fill(t.pageDated, { date: date(self.pageDate) })
            : t.noDate
          : when(self),
      }),
    ];
    if (original)
      parts.push(
        fill(t.copyOf, {
          seed: name(self.seed),
          original: name(original.seed),
          outlet: outlet(original),
          when: when(original),
        }),
      );
    for (const c of self.copiedBy) {
      const copy = context.sources[c];
      if (copy)
        parts.push(fill(t.copiedBy, { copy: name(c), date: copy.pageDate ? date(copy.pageDate) : t.noDate }));
    }
    out.push({ key: 'identity', tone: 'info', text: parts.join(' ') });
  } else {
    const seeds = [...new Set(context.copiedPassages.map((p) => p.seed))].filter((s) => context.sources[s]);
    for (const seed of seeds.slice(0, 1)) {
      const s = context.sources[seed]!;
      out.push({
        key: `copy-${seed}`,
        tone: 'info',
        text: fill(t.passages, { seed: name(seed), outlet: outlet(s), when: when(s) }),
      });
    }
  }
  return out.slice(0, MAX_SIGNALS);
}

export function PageSignals({ t, signals }: { t: PopoverStrings; signals: Signal[] }) {
  if (signals.length === 0) return null;
  return (
    <section class="signals" aria-label={t.signals} data-testid="popover-page">
      {signals.map((s) => (
        <p
          key={s.key}
          class={`signal ${s.tone}`}
          data-testid={`popover-signal-${s.key.split('-')[0]}`}
          data-tone={s.tone}
        >
          {s.text}
        </p>
      ))}
    </section>
  );
}
