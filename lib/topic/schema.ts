/**
 * The shape of a topic pack. The engine is topic-agnostic: everything it knows about a
 * policy comes through these types. Validated with zod at build time (pack tests) and
 * whenever a pack is loaded into the index, so a bad entry names itself and its field.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const seedFile = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name like 000_4aee7743f2ad6556.txt');
const nonEmpty = z.string().min(1);

/** A verbatim quote from a seed: `quote` must occur byte for byte in `seed`. */
export const quoteRef = z.object({ seed: seedFile, quote: nonEmpty });

export const aliasSchema = z.object({
  /** Surface form as written, e.g. "Remain in Mexico". Matching folds case, accents, dashes, spaces. */
  text: nonEmpty,
  lang: z.enum(['en', 'es']),
  /**
   * 'name': unambiguous, always a mention.
   * 'short': an acronym (MPP, PPM) that needs a cue nearby.
   * 'phrase': an ordinary phrase ("remain in Mexico", "stay in Mexico") that names the policy only
   *   when quoted, capitalised as a title, or near a cue.
   */
  kind: z.enum(['name', 'short', 'phrase']),
});

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: nonEmpty,
  nameEs: nonEmpty,
  summary: nonEmpty,
  summaryEs: nonEmpty,
  aliases: z.array(aliasSchema).min(1),
  /** Words that, within a window of a short/phrase alias, say it means this policy. */
  cues: z.array(nonEmpty).min(1),
  /** Words that say a short/phrase alias means something else (Ontario, solar, .mpp, vacation…). */
  antiCues: z.array(nonEmpty),
  /** Policies that must not be conflated with this one; never reported as mentions of it. */
  neighbours: z.array(z.object({ name: nonEmpty, aliases: z.array(nonEmpty), note: nonEmpty })),
});

export const sourceSchema = z.object({
  seed: seedFile,
  outlet: z.string().nullable(),
  title: nonEmpty,
  lang: z.enum(['en', 'es']),
  /** The date printed on the page, if any (ISO). */
  pageDate: isoDate.nullable(),
  /** When the events it reports happened, with the quote that proves it. */
  eventsDate: isoDate,
  eventsDateEvidence: quoteRef,
  summary: nonEmpty,
  /**
   * True when the page shows no headline and `title` was written by the curators, so a UI
   * must not present it as the outlet's own words.
   */
  titleIsOurs: z.boolean().optional(),
});

export const factSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  topic: z.string(),
  statement: nonEmpty,
  quote: nonEmpty,
  seed: seedFile,
  /** The date the fact holds for (ISO). */
  asOf: isoDate,
  tags: z.array(nonEmpty),
  people: z.array(nonEmpty),
  places: z.array(nonEmpty),
});

export const qualifierSchema = z.enum([
  'exact',
  'more-than',
  'nearly',
  'around',
  'only',
  'at-least',
  'fewer-than',
]);

export const figureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Stable quantity key shared by every figure of the same quantity. */
  quantity: z.string().regex(/^[a-z0-9-]+$/),
  label: nonEmpty,
  value: z.number().nonnegative(),
  qualifier: qualifierSchema,
  unit: nonEmpty,
  asOf: isoDate,
  quote: nonEmpty,
  seed: seedFile,
  /**
   * Words (EN+ES, folded when matched) that, near a number on a page, say the number is this
   * quantity. Merged across the figures sharing a `quantity`.
   */
  keywords: z.array(nonEmpty).optional(),
});

export const conflictSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['series', 'contradiction', 'misdated', 'copy', 'framing']),
  title: nonEmpty,
  /** Members are fact, figure or source ids (sources by seed file name). */
  members: z.array(nonEmpty).min(2),
  explanation: nonEmpty,
});

export const timelineEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: isoDate,
  event: nonEmpty,
  quote: nonEmpty,
  seed: seedFile,
});

export const topicPackSchema = z.object({
  version: z.number().int().positive(),
  topic: topicSchema,
  sources: z.array(sourceSchema),
  facts: z.array(factSchema),
  figures: z.array(figureSchema),
  conflicts: z.array(conflictSchema),
  timeline: z.array(timelineEventSchema),
});

export type Alias = z.infer<typeof aliasSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TopicPack = z.infer<typeof topicPackSchema>;

/** A mention found on a page: W3C TextQuoteSelector plus TextPositionSelector offsets. */
export interface Mention {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  topic: string;
}
