import type { Lang } from './lang';
import { QUALIFIER_LABELS } from './qualifiers';

/**
 * The popover's words. Placeholders are `{name}`, filled by `fill` (lib/i18n/sidebar.ts). Only a
 * warning about this page is worded (and coloured) as one; relations between sources are named
 * for what they are.
 */
const en = {
  policy: 'Policy',
  signals: 'This page',
  lead: 'Most relevant here',
  related: 'Related articles',
  openSidebar: 'Open in sidebar',
  close: 'Close',
  more: 'More ({count})',
  less: 'Less',
  asOf: 'as of',
  noDate: 'no date',
  noOutlet: 'no outlet named',
  pageDated: 'dated {date}',
  eventsOf: 'events of {date}',
  isSeed: 'This is {seed}, {outlet}, {when}.',
  reprint: 'A reprint of {seed} ({outlet}, {when}) under another date.',
  copyOf: '{seed} is a shortened copy of {original} ({outlet}, {when}).',
  copiedBy: '{copy} reprints it under another date ({date}).',
  passages: 'Passages also appear in {seed} ({outlet}, {when}).',
  misdated: 'Misdated: this page is dated {page}, but the events it reports are from {events}.',
  predates: 'Date cannot be right: this page is dated {page}, before the events it reports ({events}).',
  figureHere: 'A figure here: {explanation}',
  claimOf: '{outlet}, {date}',
  recordOf: 'Public record',
  relationKind: {
    contradiction: 'Sources disagree',
    series: 'Changed over time',
    'promise-practice': 'Promise and practice',
    framing: 'Framing',
    hazard: 'Read with care',
    misdated: 'Page date',
    copy: 'Copy',
  },
  qualifier: QUALIFIER_LABELS.en,
  mentionLabel: 'Mention of the policy',
  keyboardHint: 'Alt+Shift+N next mention · Enter opens · Esc closes',
} as const;

type Strings = typeof en;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const es: Widen<Strings> = {
  policy: 'Política',
  signals: 'Esta página',
  lead: 'Lo más pertinente aquí',
  related: 'Artículos relacionados',
  openSidebar: 'Abrir en el panel',
  close: 'Cerrar',
  more: 'Más ({count})',
  less: 'Menos',
  asOf: 'a',
  noDate: 'sin fecha',
  noOutlet: 'sin medio identificado',
  pageDated: 'con fecha {date}',
  eventsOf: 'hechos de {date}',
  isSeed: 'Esta es {seed}, {outlet}, {when}.',
  reprint: 'Una reimpresión de {seed} ({outlet}, {when}) con otra fecha.',
  copyOf: '{seed} es una copia abreviada de {original} ({outlet}, {when}).',
  copiedBy: '{copy} la reimprime con otra fecha ({date}).',
  passages: 'Hay pasajes que también aparecen en {seed} ({outlet}, {when}).',
  misdated: 'Fecha errónea: esta página tiene fecha {page}, pero los hechos que relata son de {events}.',
  predates: 'Fecha imposible: esta página tiene fecha {page}, anterior a los hechos que relata ({events}).',
  figureHere: 'Una cifra aquí: {explanation}',
  claimOf: '{outlet}, {date}',
  recordOf: 'Registro público',
  relationKind: {
    contradiction: 'Las fuentes discrepan',
    series: 'Cambió con el tiempo',
    'promise-practice': 'Promesa y práctica',
    framing: 'Encuadre',
    hazard: 'Leer con cuidado',
    misdated: 'Fecha de la página',
    copy: 'Copia',
  },
  qualifier: QUALIFIER_LABELS.es,
  mentionLabel: 'Mención de la política',
  keyboardHint: 'Alt+Mayús+N siguiente mención · Intro abre · Esc cierra',
};

export type PopoverStrings = Widen<Strings>;
export const popoverStrings: Record<Lang, PopoverStrings> = { en, es };
