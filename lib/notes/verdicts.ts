/**
 * The verdicts a fact-checker can give a passage, with every label, colour and rating in one
 * place so the sidebar, the page highlights and each export agree on what a verdict looks like.
 */

import { NO_VERDICT_COLOR, VERDICT_COLORS, VERDICTS, type Verdict } from './verdict-colors';

export { VERDICTS, type Verdict };
export type VerdictLang = 'en' | 'es';

export interface VerdictStyle {
  label: Record<VerdictLang, string>;
  description: Record<VerdictLang, string>;
  /** Strong colour: text on white and white text on it both reach WCAG AA (4.5:1). */
  color: string;
  /** Light background for highlights; `color` text on it also reaches 4.5:1. */
  tint: string;
  /**
   * ClaimReview ratingValue on a 1 (worst) to 5 (best) scale. null for 'unverifiable': any number
   * would place the claim on a truth scale the reviewer could not place it on.
   */
  rating: 1 | 2 | 3 | 4 | 5 | null;
}

export const VERDICT_STYLES: Readonly<Record<Verdict, VerdictStyle>> = {
  accurate: {
    label: { en: 'Accurate', es: 'Exacto' },
    description: { en: 'The passage matches the sources.', es: 'El pasaje coincide con las fuentes.' },
    color: VERDICT_COLORS['accurate'],
    tint: '#dafbe1',
    rating: 5,
  },
  'needs-context': {
    label: { en: 'Needs context', es: 'Necesita contexto' },
    description: {
      en: 'True as far as it goes, but leaves out something a reader needs.',
      es: 'Cierto en lo que dice, pero omite algo que el lector necesita.',
    },
    color: VERDICT_COLORS['needs-context'],
    tint: '#ddf4ff',
    rating: 4,
  },
  outdated: {
    label: { en: 'Outdated', es: 'Desactualizado' },
    description: {
      en: 'Was true when first reported, but is no longer.',
      es: 'Era cierto cuando se publicó por primera vez, pero ya no lo es.',
    },
    color: VERDICT_COLORS['outdated'],
    tint: '#fbefff',
    rating: 3,
  },
  misleading: {
    label: { en: 'Misleading', es: 'Engañoso' },
    description: {
      en: 'Contains some truth but gives a false impression.',
      es: 'Contiene algo de verdad pero da una impresión falsa.',
    },
    color: VERDICT_COLORS['misleading'],
    tint: '#fff8c5',
    rating: 2,
  },
  false: {
    label: { en: 'False', es: 'Falso' },
    description: { en: 'Contradicted by the sources.', es: 'Las fuentes lo contradicen.' },
    color: VERDICT_COLORS['false'],
    tint: '#ffebe9',
    rating: 1,
  },
  unverifiable: {
    label: { en: 'Unverifiable', es: 'No verificable' },
    description: {
      en: 'The available sources can neither confirm nor refute it.',
      es: 'Las fuentes disponibles no permiten confirmarlo ni desmentirlo.',
    },
    color: VERDICT_COLORS['unverifiable'],
    tint: '#eaeef2',
    rating: null,
  },
};

/** How a note without a verdict (a plain comment) is shown. */
export const NO_VERDICT_STYLE: Pick<VerdictStyle, 'label' | 'color' | 'tint'> = {
  label: { en: 'No verdict', es: 'Sin veredicto' },
  color: NO_VERDICT_COLOR,
  tint: '#f6f8fa',
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

export function verdictLabel(verdict: Verdict | null, lang: VerdictLang = 'en'): string {
  return verdict === null ? NO_VERDICT_STYLE.label[lang] : VERDICT_STYLES[verdict].label[lang];
}
