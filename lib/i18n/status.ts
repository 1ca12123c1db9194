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
    announced: 'announced; no one returned yet',
    enrolling: 'in operation: people were being placed in it and returned to Mexico',
    suspended: 'new enrolments suspended',
    terminated: 'terminated by DHS',
    'court-ordered': 'ordered back by a court, not yet running again',
    ended: 'ended: no new enrolments',
    'revival-ordered': 'revival ordered and announced',
  },
  es: {
    'not-announced': 'aún no anunciada',
    announced: 'anunciada; aún nadie devuelto',
    enrolling: 'en operación: se inscribía a personas y se las devolvía a México',
    suspended: 'nuevas inscripciones suspendidas',
    terminated: 'terminada por el DHS',
    'court-ordered': 'un tribunal ordenó restablecerla; aún no operaba de nuevo',
    ended: 'terminada: sin nuevas inscripciones',
    'revival-ordered': 'reactivación ordenada y anunciada',
  },
};

export const STATUS_WORDS = {
  en: {
    heading: 'Status',
    pageDate: 'On this page’s date ({date})',
    events: 'At the events it reports ({date})',
    latest: 'Latest in the sources ({date})',
    since: 'since {date}',
    changedWithin: 'changed during {date}: {states}',
    soFar: '{value} returned so far ({source})',
    sources: 'Sources',
  },
  es: {
    heading: 'Situación',
    pageDate: 'En la fecha de esta página ({date})',
    events: 'En los hechos que relata ({date})',
    latest: 'Lo último en las fuentes ({date})',
    since: 'desde {date}',
    changedWithin: 'cambió durante {date}: {states}',
    soFar: '{value} devueltos hasta entonces ({source})',
    sources: 'Fuentes',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export function stateLabel(state: PolicyState, lang: Lang): string {
  return STATE_LABELS[lang][state];
}
