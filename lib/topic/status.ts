import type { HistoryEvent, PolicyState, RecordSource, TopicPack } from './schema';

/**
 * The policy's state on a date, from the pack's history: the state set by the last event on or
 * before that date. A date given as a month or a year ("2019-03", "2021") means its last day, and
 * the events that changed the state inside it are listed, since a year like 2021 saw several.
 */
export interface PolicyStatus {
  /** The date asked about, as given. */
  date: string;
  state: PolicyState;
  /** Whether people could be newly placed in the program on that date. */
  enrolling: boolean;
  /** The event that began this state (null before the first one). */
  since: HistoryEvent | null;
  /** State changes within a month or year given as the date, oldest first. */
  changesWithin: HistoryEvent[];
  /** Events after `since` up to the date that changed no state (a ruling, a second memo). */
  alsoSince: HistoryEvent[];
  /** The records behind `since` and `alsoSince`. */
  sources: RecordSource[];
}

export class StatusDateError extends Error {}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The last day of the period an ISO date names, and its first ("2019-03" -> 2019-03-01 .. 2019-03-31). */
export function periodOf(date: string): { first: string; last: string } {
  const m = DATE.exec(date);
  if (!m) throw new StatusDateError(`not a date: "${date}" (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  if (month !== undefined && (month < 1 || month > 12))
    throw new StatusDateError(`not a date: "${date}" (month ${mo})`);
  if (d !== undefined) {
    const day = Number(d);
    const probe = new Date(Date.UTC(year, month! - 1, day));
    if (probe.getUTCMonth() !== month! - 1 || day < 1)
      throw new StatusDateError(`not a date: "${date}" (day ${d})`);
    return { first: date, last: date };
  }
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(lastDay).padStart(2, '0')}` };
}

export function policyStatus(pack: Pick<TopicPack, 'history' | 'records'>, date: string): PolicyStatus {
  const { first, last } = periodOf(date);
  const events = [...pack.history].sort((a, b) => a.date.localeCompare(b.date));
  let since: HistoryEvent | null = null;
  const alsoSince: HistoryEvent[] = [];
  const changesWithin: HistoryEvent[] = [];
  for (const e of events) {
    if (e.date > last) break;
    if (e.state) {
      since = e;
      alsoSince.length = 0;
      if (first !== last && e.date >= first) changesWithin.push(e);
    } else if (since) alsoSince.push(e);
  }
  const state: PolicyState = since?.state ?? 'not-announced';
  const byId = new Map(pack.records.map((r) => [r.id, r]));
  const ids = [...new Set([since, ...alsoSince].flatMap((e) => e?.records ?? []))];
  return {
    date,
    state,
    enrolling: state === 'enrolling',
    since,
    changesWithin,
    alsoSince,
    sources: ids.map((id) => byId.get(id)).filter((r): r is RecordSource => r !== undefined),
  };
}
