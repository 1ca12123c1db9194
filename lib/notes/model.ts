/**
 * A fact-checker's note: a verdict and a comment on a passage of a page (W3C TextQuote and
 * TextPosition selectors, so it re-anchors after the page changes), on a curated fact, or both.
 * The zod schema is the single gate for notes entering storage, from the sidebar or an import.
 */
import { z } from 'zod';
import { describeIssue } from './describe-issue';
import { normalisePageUrl } from './page-url';
import { VERDICTS } from './verdicts';

// Kept in a module without zod, so the service worker can read notes without loading it.
export { positionSelectorOf, quoteSelectorOf } from './selectors-of';

export const MAX_NOTE_TEXT = 20_000;
export const MAX_QUOTE = 20_000;
/** Anchoring needs a few dozen characters of context; more is a sign of a broken or hostile file. */
export const MAX_QUOTE_CONTEXT = 1_000;
export const MAX_TITLE = 2_000;
export const MAX_URL = 8_192;
export const MAX_TAGS = 50;
export const MAX_TAG = 100;
export const MAX_LINKED_FACTS = 100;
export const MAX_AUTHOR = 200;

export const verdictSchema = z.enum(VERDICTS);

/**
 * Only web pages: a note's URL ends up as a link in the sidebar and in exports, where a
 * javascript: or data: URL would be a script waiting for a click.
 */
export const pageUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(MAX_URL);

export const factIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'expected a fact id (lowercase letters, digits, dashes)');

export const isoTimestampSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date-time with a time zone (2024-05-28T12:00:00.000Z)',
});

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE),
  prefix: z.string().max(MAX_QUOTE_CONTEXT),
  suffix: z.string().max(MAX_QUOTE_CONTEXT),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });

export const selectorSchema = z.discriminatedUnion(
  'type',
  [textQuoteSelectorSchema, textPositionSelectorSchema],
  {
    error: 'expected a TextQuoteSelector or a TextPositionSelector',
  },
);

/** At most one selector of each kind: two quotes for one note could never both anchor. */
export const selectorListSchema = z
  .array(selectorSchema)
  .max(2)
  .refine((list) => new Set(list.map((s) => s.type)).size === list.length, {
    message: 'at most one selector of each type',
  });

export const noteTargetSchema = z
  .object({
    source: pageUrlSchema.optional(),
    selectors: selectorListSchema.optional(),
    factId: factIdSchema.optional(),
  })
  .superRefine((target, ctx) => {
    if ((target.source === undefined) !== (target.selectors === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [target.source === undefined ? 'source' : 'selectors'],
        message: 'a page target needs both source and selectors',
      });
    }
    if (target.source === undefined && target.factId === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a target needs a page passage (source and selectors), a curated fact (factId), or both',
      });
    }
  });

export const tagSchema = z.string().min(1).max(MAX_TAG);

export const noteSchema = z.object({
  id: z.uuid(),
  /** The page the note was written on, without its #fragment (see normalisePageUrl). */
  pageUrl: pageUrlSchema,
  pageTitle: z.string().max(MAX_TITLE),
  target: noteTargetSchema,
  /** null: a plain comment, no verdict given. */
  verdict: verdictSchema.nullable(),
  text: z.string().max(MAX_NOTE_TEXT),
  tags: z.array(tagSchema).max(MAX_TAGS),
  linkedFacts: z.array(factIdSchema).max(MAX_LINKED_FACTS),
  created: isoTimestampSchema,
  updated: isoTimestampSchema,
  author: z.string().min(1).max(MAX_AUTHOR).optional(),
});

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type Selector = z.infer<typeof selectorSchema>;
export type NoteTarget = z.infer<typeof noteTargetSchema>;
export type Note = z.infer<typeof noteSchema>;

/** What a caller supplies to create a note; id, pageUrl normalisation and timestamps are filled in. */
export type NoteDraft = Omit<Note, 'id' | 'created' | 'updated' | 'tags' | 'linkedFacts'> & {
  tags?: string[];
  linkedFacts?: string[];
};

export type NotePatch = Partial<
  Pick<Note, 'verdict' | 'text' | 'tags' | 'linkedFacts' | 'target' | 'pageTitle' | 'author'>
>;

export class InvalidNoteError extends Error {
  override name = 'InvalidNoteError';
  /** The zod issues, for a form that wants to mark each bad field (describeIssue formats one). */
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(message: string, issues: readonly z.core.$ZodIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

/**
 * zod keeps `author: undefined` when the key was present; stored and exported notes should not
 * differ by such keys, or an export would stop round-tripping byte for byte.
 */
function withoutUndefinedFields(note: Note): Note {
  const out: Note = { ...note, target: { ...note.target } };
  if (out.author === undefined) delete out.author;
  for (const key of ['source', 'selectors', 'factId'] as const) {
    if (out.target[key] === undefined) delete out.target[key];
  }
  return out;
}

/** Validates a note; throws InvalidNoteError naming the first bad field. */
export function parseNote(value: unknown, label = 'note'): Note {
  const result = noteSchema.safeParse(value, { reportInput: true });
  if (result.success) return withoutUndefinedFields(result.data);
  const first = result.error.issues[0];
  throw new InvalidNoteError(
    `Invalid ${label}: ${first ? describeIssue(first) : 'unknown problem'}`,
    result.error.issues,
  );
}

/** Trimmed, whitespace collapsed, empty and repeated tags dropped (first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function uniqueInOrder(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Builds a valid note from a draft; throws InvalidNoteError if the draft is invalid. */
export function createNote(draft: NoteDraft, options: { now?: Date; id?: string } = {}): Note {
  const now = (options.now ?? new Date()).toISOString();
  return parseNote({
    ...draft,
    id: options.id ?? globalThis.crypto.randomUUID(),
    pageUrl: normalisePageUrl(draft.pageUrl),
    tags: normaliseTags(draft.tags ?? []),
    linkedFacts: uniqueInOrder(draft.linkedFacts ?? []),
    created: now,
    updated: now,
  });
}

/** Applies an edit without touching id, page or created; the caller stamps `updated`. */
export function applyNotePatch(note: Note, patch: NotePatch): Note {
  const next: Note = { ...note, ...patch };
  if (patch.tags) next.tags = normaliseTags(patch.tags);
  if (patch.linkedFacts) next.linkedFacts = uniqueInOrder(patch.linkedFacts);
  if ('author' in patch && patch.author === undefined) delete next.author;
  return next;
}
