import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mppPack } from '../../data/mpp/index';
import { notesToClaimReview, notesToClaimReviewObjects } from '../../lib/export/claimreview';
import { parseNotesExport } from '../../lib/export/import';
import type { Note } from '../../lib/notes/model';
import { VERDICTS, type Verdict } from '../../lib/notes/verdicts';

const sample = parseNotesExport(readFileSync('tests/fixtures/notes-sample.json', 'utf8'));
const context = { generatedAt: '2026-11-20T12:00:00.000Z', packFacts: mppPack.facts };

const base: Note = {
  id: '11111111-2222-4333-8444-555555555555',
  pageUrl: 'https://news.example/mpp/002-no-formal-agreement-remain-in-mexico.html',
  pageTitle: 'Mexico says there is “no formal agreement”',
  target: {
    source: 'https://news.example/mpp/002-no-formal-agreement-remain-in-mexico.html',
    selectors: [{ type: 'TextQuoteSelector', exact: 'began earlier this year', prefix: '', suffix: '' }],
  },
  verdict: 'false',
  text: 'MPP began in January 2019.',
  tags: [],
  linkedFacts: [],
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-02T00:00:00.000Z',
};

describe('notesToClaimReview', () => {
  it('writes one ClaimReview per note with a verdict', () => {
    const reviews = JSON.parse(notesToClaimReview(sample, context));
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews).toHaveLength(sample.filter((n) => n.verdict !== null).length);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance['@type']).toBe('CreativeWork');
      expect(review.reviewRating['@type']).toBe('Rating');
    }
  });

  it('reviews the quoted passage, on its page, dated by the note and the page', () => {
    const [review] = notesToClaimReviewObjects([base], {
      ...context,
      pageDates: { [base.pageUrl]: '2024-05-28' },
    });
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'began earlier this year',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'False',
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: base.pageUrl, headline: base.pageTitle },
        datePublished: '2024-05-28',
      },
      datePublished: '2025-01-01T00:00:00.000Z',
      dateModified: '2025-01-02T00:00:00.000Z',
      reviewBody: 'MPP began in January 2019.',
    });
  });

  it('maps verdicts onto 1..5, with no number for unverifiable', () => {
    const rating = (verdict: Verdict) =>
      notesToClaimReviewObjects([{ ...base, verdict }], context)[0]!.reviewRating;
    expect(rating('false').ratingValue).toBe(1);
    expect(rating('misleading').ratingValue).toBe(2);
    expect(rating('outdated').ratingValue).toBe(3);
    expect(rating('needs-context').ratingValue).toBe(4);
    expect(rating('accurate').ratingValue).toBe(5);
    expect(rating('unverifiable')).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
    for (const verdict of VERDICTS) expect(rating(verdict).alternateName).not.toBe('');
  });

  it('names the note author as a Person, otherwise the configured reviewer, otherwise nobody', () => {
    const reviewer = { type: 'Organization' as const, name: 'Verificado MX' };
    expect(
      notesToClaimReviewObjects([{ ...base, author: 'Ana Ruiz' }], { ...context, reviewer })[0]!.author,
    ).toEqual({
      '@type': 'Person',
      name: 'Ana Ruiz',
    });
    expect(notesToClaimReviewObjects([base], { ...context, reviewer })[0]!.author).toEqual({
      '@type': 'Organization',
      name: 'Verificado MX',
    });
    expect(notesToClaimReviewObjects([base], context)[0]).not.toHaveProperty('author');
  });

  it('reviews the fact statement for a note on a curated fact alone', () => {
    const fact = mppPack.facts.find((f) => f.id === 'biden-ended-mpp-2021')!;
    const [review] = notesToClaimReviewObjects([{ ...base, target: { factId: fact.id } }], context);
    expect(review!.claimReviewed).toBe(fact.statement);
  });

  it('labels ratings in Spanish on request', () => {
    const [review] = notesToClaimReviewObjects([base], { ...context, lang: 'es' });
    expect(review!.reviewRating.alternateName).toBe('Falso');
  });

  it('is safe to paste into a <script type="application/ld+json"> element', () => {
    const evil = { ...base, text: '</script><script>alert(1)</script> & \u2028' };
    const json = notesToClaimReview([evil], context);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)[0].reviewBody).toBe(evil.text);
  });
});
