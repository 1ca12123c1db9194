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
const fullIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * A document of the public record (a court opinion, an agency memo or notice, a wire report, a
 * research tracker) that what the pack says beyond the seeds rests on.
 */
export const recordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: nonEmpty,
  title: nonEmpty,
  date: fullIsoDate,
  url: z.string().regex(/^https?:\/\/[^\s]+$/, 'expected an http(s) URL'),
  kind: z.enum(['court', 'government', 'wire', 'research', 'news']),
});
/** Record ids a statement of ours rests on (validatePack resolves them). */
const citations = z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1);

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
  /** One line on what the policy is, true on every date (its status is history's job). */
  summary: nonEmpty,
  summaryEs: nonEmpty,
  /** The records the summary rests on. */
  summaryRecords: citations,
  /** A running count (a figure quantity) worth giving beside the status while the policy operates. */
  statusQuantity: z.string().optional(),
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
  statementEs: nonEmpty,
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
  /** The upper end, where sources give a range (68,000 to 71,000 returned): `value` is the lower end. */
  high: z.number().nonnegative().optional(),
  qualifier: qualifierSchema,
  unit: nonEmpty,
  unitEs: nonEmpty,
  labelEs: nonEmpty,
  asOf: isoDate,
  /** A seed's figure: its verbatim quote. A figure of the public record carries `records` instead. */
  quote: nonEmpty.optional(),
  seed: seedFile.optional(),
  records: citations.optional(),
  /**
   * Words (EN+ES, folded when matched) that, near a number on a page, say the number is this
   * quantity. Merged across the figures sharing a `quantity`.
   */
  keywords: z.array(nonEmpty).optional(),
});

/**
 * How sources relate. Only 'contradiction' is sources disagreeing (about the same thing at the
 * same time); 'series' is a count that changed over time, 'promise-practice' a commitment against
 * what was done, 'framing' the same events told differently, 'hazard' words that mislead when read
 * against the wrong date. 'misdated' and 'copy' are about pages, and are shown as page signals.
 */
export const relationKindSchema = z.enum([
  'contradiction',
  'series',
  'promise-practice',
  'framing',
  'hazard',
  'misdated',
  'copy',
]);

export const conflictSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: relationKindSchema,
  title: nonEmpty,
  titleEs: nonEmpty,
  /** Members are fact, figure or source ids (sources by seed file name). */
  members: z.array(nonEmpty).min(2),
  explanation: nonEmpty,
  explanationEs: nonEmpty,
});

export const timelineEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: isoDate,
  event: nonEmpty,
  eventEs: nonEmpty,
  quote: nonEmpty,
  seed: seedFile,
});

/**
 * The stages a policy goes through, for the status on a date (lib/topic/status.ts). Before its
 * first event a policy is 'not-announced'.
 */
export const policyStateSchema = z.enum([
  'not-announced',
  'announced',
  'enrolling',
  'suspended',
  'terminated',
  'court-ordered',
  'ended',
  'revival-ordered',
]);

/** An event of the policy's history from the public record, in our words with its citations. */
export const historyEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: fullIsoDate,
  event: nonEmpty,
  eventEs: nonEmpty,
  /** The state this event puts the policy in; absent for an event that changes no state. */
  state: policyStateSchema.optional(),
  records: citations,
});

export const topicPackSchema = z.object({
  version: z.number().int().positive(),
  /** The last date the pack's sources cover: the status "as of" the pack. */
  asOf: fullIsoDate,
  records: z.array(recordSchema),
  history: z.array(historyEventSchema),
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
export type RecordSource = z.infer<typeof recordSchema>;
export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type PolicyState = z.infer<typeof policyStateSchema>;
export type RelationKind = z.infer<typeof relationKindSchema>;
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
