import type { Lang } from '../../lib/i18n/lang';
import { NO_VERDICT_STYLE, VERDICT_STYLES, verdictLabel, type Verdict } from '../../lib/notes/verdicts';

export function verdictColor(verdict: Verdict | null): string {
  return verdict === null ? NO_VERDICT_STYLE.color : VERDICT_STYLES[verdict].color;
}

/** White text on the verdict's strong colour: verdicts.ts guarantees 4.5:1 for every verdict. */
export function VerdictBadge(props: { verdict: Verdict | null; lang: Lang }) {
  return (
    <span
      class="badge"
      data-testid="verdict-badge"
      data-verdict={props.verdict ?? 'none'}
      style={{ backgroundColor: verdictColor(props.verdict) }}
    >
      {verdictLabel(props.verdict, props.lang)}
    </span>
  );
}

/** A badge in a verdict's colour with a label of the caller's choosing (figure checks, date checks). */
export function ColorBadge(props: { verdict: Verdict | null; label: string; testId?: string }) {
  return (
    <span class="badge" data-testid={props.testId} style={{ backgroundColor: verdictColor(props.verdict) }}>
      {props.label}
    </span>
  );
}
