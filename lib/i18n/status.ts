import type { PolicyState } from '../topic/schema';
import type { Lang } from './lang';

/**
 * The words for a policy's state on a date (lib/topic/status.ts), in each UI language. Each says
 * no more than the history shows: 'revival-ordered' is an order and an announcement, not evidence
 * that people are being returned.
 */
export const STATE_LABELS: Record<Lang, Record<PolicyState, string>> = {
  en: {
    'not-announced': 'not yet announced',
    announced: 'announced, not yet in operation',
    enrolling: 'in operation',
    suspended: 'new enrolments suspended',
    terminated: 'terminated',
    'court-ordered': 'court-ordered back, not yet running',
    ended: 'ended (no new enrolments)',
    'revival-ordered': 'revival ordered',
  },
  es: {
    'not-announced': 'aún no anunciada',
    announced: 'anunciada, aún sin operar',
    enrolling: 'en operación',
    suspended: 'nuevas inscripciones suspendidas',
    terminated: 'terminada',
    'court-ordered': 'un tribunal ordenó restablecerla; aún sin operar',
    ended: 'terminada (sin nuevas inscripciones)',
    'revival-ordered': 'reactivación ordenada',
  },
};

export const STATUS_WORDS = {
  en: {
    heading: 'Status',
    pageDate: 'On this page’s date ({date})',
    events: 'At the events it reports ({date})',
    latest: 'Latest ({date})',
    since: 'since {date}',
    changedWithin: 'changed during {date}: {states}',
    soFar: '{value} returned by {date} ({source})',
    recordEnds: 'the sources end on {date}',
    sources: 'Sources',
  },
  es: {
    heading: 'Situación',
    pageDate: 'En la fecha de esta página ({date})',
    events: 'En los hechos que relata ({date})',
    latest: 'Lo último ({date})',
    since: 'desde {date}',
    changedWithin: 'cambió durante {date}: {states}',
    soFar: '{value} devueltos hasta {date} ({source})',
    recordEnds: 'las fuentes llegan hasta el {date}',
    sources: 'Fuentes',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export function stateLabel(state: PolicyState, lang: Lang): string {
  return STATE_LABELS[lang][state];
}
