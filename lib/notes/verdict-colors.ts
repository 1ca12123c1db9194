/**
 * Verdict names and colours alone: the content script paints note highlights with these and must
 * not carry the labels, descriptions and ratings of verdicts.ts.
 */
export const VERDICTS = [
  'accurate',
  'misleading',
  'false',
  'outdated',
  'unverifiable',
  'needs-context',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/** Strong colours: text on white and white text on them both reach WCAG AA (4.5:1). */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  accurate: '#1a7f37',
  'needs-context': '#0969da',
  outdated: '#8250df',
  misleading: '#9a6700',
  false: '#cf222e',
  unverifiable: '#57606a',
};

export const NO_VERDICT_COLOR = '#59636e';
