import type { Lang } from './lang';
import { QUALIFIER_LABELS } from './qualifiers';

const en = {
  policy: 'Policy',
  facts: 'What the sources say',
  figures: 'Where the sources disagree',
  related: 'Related articles',
  thisPage: 'This page',
  openSidebar: 'Open in sidebar',
  close: 'Close',
  asOf: 'as of',
  noDate: 'no date on page',
  pageDated: 'Page dated',
  eventsFrom: 'events from',
  copiedFrom: 'Text on this page also appears in',
  misdated: 'This page is dated {page}, but the events it reports date from {events}.',
  copies: 'copies',
  underAnotherDate: 'under another date',
  conflictKind: {
    series: 'Same quantity, different dates',
    contradiction: 'Contradiction',
    misdated: 'Misdated',
    copy: 'Copy',
    framing: 'Framing',
  },
  qualifier: QUALIFIER_LABELS.en,
  mentionLabel: 'Mention of the policy',
  keyboardHint: 'Alt+Shift+N next mention · Enter opens · Esc closes',
} as const;

type Strings = typeof en;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const es: Widen<Strings> = {
  policy: 'Política',
  facts: 'Lo que dicen las fuentes',
  figures: 'Donde las fuentes discrepan',
  related: 'Artículos relacionados',
  thisPage: 'Esta página',
  openSidebar: 'Abrir en el panel',
  close: 'Cerrar',
  asOf: 'a',
  noDate: 'la página no tiene fecha',
  pageDated: 'Página fechada',
  eventsFrom: 'hechos de',
  copiedFrom: 'El texto de esta página también aparece en',
  misdated: 'Esta página tiene fecha {page}, pero los hechos que relata son de {events}.',
  copies: 'copia',
  underAnotherDate: 'con otra fecha',
  conflictKind: {
    series: 'Misma cantidad, distintas fechas',
    contradiction: 'Contradicción',
    misdated: 'Fecha errónea',
    copy: 'Copia',
    framing: 'Encuadre',
  },
  qualifier: QUALIFIER_LABELS.es,
  mentionLabel: 'Mención de la política',
  keyboardHint: 'Alt+Mayús+N siguiente mención · Intro abre · Esc cierra',
};

export type PopoverStrings = Widen<Strings>;
export const popoverStrings: Record<Lang, PopoverStrings> = { en, es };
