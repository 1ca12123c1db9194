/**
 * Notes with a verdict as schema.org ClaimReview JSON-LD, the markup fact-checkers publish so
 * search engines and aggregators can find their reviews. Notes without a verdict are not reviews
 * and are left out.
 */
import { quoteSelectorOf, type Note } from '../notes/model';
import { VERDICT_STYLES, verdictLabel } from '../notes/verdicts';
import { factIndex, sortNotesForExport, type ExportContext } from './context';

interface Rating {
  '@type': 'Rating';
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  alternateName: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: Rating;
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url: string; headline?: string };
    datePublished?: string;
  };
  author?: { '@type': 'Organization' | 'Person'; name: string };
  datePublished: string;
  dateModified: string;
  reviewBody?: string;
}

function rating(verdict: NonNullable<Note['verdict']>, lang: 'en' | 'es'): Rating {
  const value = VERDICT_STYLES[verdict].rating;
  const alternateName = verdictLabel(verdict, lang);
  // 'unverifiable' has no place on the scale; the label alone says what the reviewer found.
  if (value === null) return { '@type': 'Rating', alternateName };
  return { '@type': 'Rating', ratingValue: value, bestRating: 5, worstRating: 1, alternateName };
}

function noteToClaimReview(note: Note, context: ExportContext): ClaimReview | null {
  if (!note.verdict) return null;
  const facts = factIndex(context);
  const claim =
    quoteSelectorOf(note)?.exact ??
    (note.target.factId ? facts.get(note.target.factId)?.statement : undefined) ??
    (note.pageTitle.trim() || undefined);
  if (!claim) return null;

  const appearance: ClaimReview['itemReviewed']['appearance'] = {
    '@type': 'CreativeWork',
    url: note.pageUrl,
  };
  if (note.pageTitle.trim() !== '') appearance.headline = note.pageTitle;
  const pageDate = context.pageDates?.[note.pageUrl];
  const author = note.author
    ? ({ '@type': 'Person', name: note.author } as const)
    : context.reviewer
      ? { '@type': context.reviewer.type, name: context.reviewer.name }
      : undefined;

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    reviewRating: rating(note.verdict, context.lang ?? 'en'),
    itemReviewed: { '@type': 'Claim', appearance, ...(pageDate ? { datePublished: pageDate } : {}) },
    ...(author ? { author } : {}),
    datePublished: note.created,
    dateModified: note.updated,
    ...(note.text.trim() !== '' ? { reviewBody: note.text } : {}),
  };
}

export function notesToClaimReviewObjects(notes: readonly Note[], context: ExportContext): ClaimReview[] {
  return sortNotesForExport(notes)
    .map((note) => noteToClaimReview(note, context))
    .filter((review): review is ClaimReview => review !== null);
}

/**
 * ClaimReview is usually pasted into a <script type="application/ld+json"> element, where a
 * "</script>" inside a string would end the element early; escaping < > & keeps the JSON
 * identical to a parser and inert to HTML.
 */
export function notesToClaimReview(notes: readonly Note[], context: ExportContext): string {
  const json = JSON.stringify(notesToClaimReviewObjects(notes, context), null, 2);
  const escaped = json.replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${escaped}\n`;
}
