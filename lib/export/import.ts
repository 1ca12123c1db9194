/**
 * Reads a JSON export (a Web Annotation collection, see webannotation.ts) back into notes.
 * All or nothing: any problem in any item rejects the whole file with an ImportError naming the
 * item and field, so a half-imported file never has to be untangled by hand.
 */
import { z } from 'zod';
import {
  factIdSchema,
  isoTimestampSchema,
  MAX_AUTHOR,
  MAX_LINKED_FACTS,
  MAX_NOTE_TEXT,
  MAX_TAG,
  MAX_TAGS,
  MAX_TITLE,
  pageUrlSchema,
  parseNote,
  selectorListSchema,
  type Note,
  type NoteTarget,
} from '../notes/model';
import { describeIssue } from '../notes/describe-issue';
import { normalisePageUrl } from '../notes/page-url';
import { isVerdict, VERDICTS } from '../notes/verdicts';
import { ANNO_CONTEXT, NOTE_EXTENSION_KEY } from './webannotation';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export class ImportError extends Error {
  override name = 'ImportError';
  /** Every problem found, the first of which is also the message. */
  readonly problems: string[];
  constructor(problems: string[]) {
    const [first = 'unknown problem', ...rest] = problems;
    const more =
      rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
    super(`Nothing was imported: ${first}${more}`);
    this.problems = problems;
  }
}

const MAX_REPORTED_PROBLEMS = 20;

const bodySchema = z.object({
  type: z.literal('TextualBody'),
  /** W3C bodies often omit purpose; a bare TextualBody is a comment. */
  purpose: z.enum(['commenting', 'tagging', 'assessing']).optional(),
  value: z.string().max(MAX_NOTE_TEXT),
  format: z.string().optional(),
});

const extensionSchema = z.object({
  pageUrl: pageUrlSchema.optional(),
  pageTitle: z.string().max(MAX_TITLE).optional(),
  linkedFacts: z.array(factIdSchema).max(MAX_LINKED_FACTS).optional(),
  factId: factIdSchema.optional(),
});

const annotationSchema = z
  .object({
    id: z.string().regex(/^urn:uuid:[0-9a-fA-F-]{36}$/, 'expected "urn:uuid:" followed by a UUID'),
    type: z.literal('Annotation'),
    motivation: z.string().optional(),
    created: isoTimestampSchema,
    modified: isoTimestampSchema,
    creator: z.object({ type: z.string().optional(), name: z.string().min(1).max(MAX_AUTHOR) }).optional(),
    body: z.array(bodySchema).max(MAX_TAGS + 2),
    target: z.object({ source: pageUrlSchema, selector: selectorListSchema.optional() }),
    [NOTE_EXTENSION_KEY]: extensionSchema.optional(),
  })
  .superRefine((item, ctx) => {
    let comments = 0;
    let verdicts = 0;
    let tags = 0;
    item.body.forEach((body, i) => {
      const purpose = body.purpose ?? 'commenting';
      if (purpose === 'commenting' && ++comments > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['body', i],
          message: 'a second comment body; a note has one comment',
        });
      }
      if (purpose === 'assessing') {
        if (++verdicts > 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['body', i],
            message: 'a second verdict body; a note has one verdict',
          });
        } else if (!isVerdict(body.value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['body', i, 'value'],
            message: `expected a verdict, one of ${VERDICTS.map((v) => JSON.stringify(v)).join(', ')}`,
          });
        }
      }
      if (purpose === 'tagging') {
        tags++;
        if (body.value === '' || body.value.length > MAX_TAG) {
          ctx.addIssue({
            code: 'custom',
            path: ['body', i, 'value'],
            message: `a tag must be 1 to ${MAX_TAG} characters`,
          });
        }
      }
    });
    if (tags > MAX_TAGS) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: `has ${tags} tags; the limit is ${MAX_TAGS}` });
    }
    if (item.target.selector === undefined && item[NOTE_EXTENSION_KEY]?.factId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'selector'],
        message: `expected an array (missing), or a curated fact id in ${NOTE_EXTENSION_KEY}.factId`,
      });
    }
  });

type WireAnnotation = z.infer<typeof annotationSchema>;

const collectionSchema = z.object({
  '@context': z
    .unknown()
    .refine((c) => c === ANNO_CONTEXT || (Array.isArray(c) && c.includes(ANNO_CONTEXT)), {
      message: `expected ${JSON.stringify(ANNO_CONTEXT)}`,
    }),
  type: z.literal('AnnotationCollection'),
  total: z.number().int().nonnegative().optional(),
  generated: isoTimestampSchema.optional(),
  first: z
    .object({
      type: z.literal('AnnotationPage'),
      items: z.array(z.unknown()),
      next: z.unknown().optional(),
    })
    .refine((page) => page.next === undefined, {
      path: ['next'],
      message: 'collections split over several pages are not supported',
    }),
});

/** One problem per field: zod can report a failed type and then a failed length for the same value. */
function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const issue of issues) {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(describeIssue(issue, prefix));
  }
  return out;
}

/** UTF-8 size without allocating a copy of a possibly huge string; stops counting past `limit`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function toNote(item: WireAnnotation, index: number): Note {
  const extension = item[NOTE_EXTENSION_KEY] ?? {};
  const comment = item.body.find((b) => (b.purpose ?? 'commenting') === 'commenting');
  const verdict = item.body.find((b) => b.purpose === 'assessing')?.value;

  const target: NoteTarget = {};
  if (item.target.selector) {
    target.source = item.target.source;
    target.selectors = item.target.selector;
  }
  if (extension.factId) target.factId = extension.factId;

  return parseNote(
    {
      id: item.id.slice('urn:uuid:'.length),
      pageUrl: extension.pageUrl ?? normalisePageUrl(item.target.source),
      pageTitle: extension.pageTitle ?? '',
      target,
      verdict: verdict && isVerdict(verdict) ? verdict : null,
      text: comment?.value ?? '',
      tags: item.body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      linkedFacts: extension.linkedFacts ?? [],
      created: item.created,
      updated: item.modified,
      ...(item.creator ? { author: item.creator.name } : {}),
    },
    `items[${index}]`,
  );
}

export interface ParsedExport {
  notes: Note[];
  /** The collection's `generated` stamp, when it has one. */
  generated?: string;
}

export function parseNotesExportCollection(jsonText: string): ParsedExport {
  const size = utf8Length(jsonText, MAX_IMPORT_BYTES);
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportError([
      `the file is larger than ${megabytes(MAX_IMPORT_BYTES)}, the most that can be imported`,
    ]);
  }

  let data: unknown;
  try {
    data = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError([`the file is not valid JSON (${(error as Error).message})`]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError(['expected a JSON object: a Web Annotation collection exported by MPP Context']);
  }

  const collection = collectionSchema.safeParse(data, { reportInput: true });
  if (!collection.success) {
    throw new ImportError(describeIssues(collection.error.issues).slice(0, MAX_REPORTED_PROBLEMS));
  }
  const { items } = collection.data.first;
  const total = collection.data.total;
  if (total !== undefined && total !== items.length) {
    throw new ImportError([
      `total: says ${total} notes but the file holds ${items.length}; it may be truncated`,
    ]);
  }

  const problems: string[] = [];
  const notes: Note[] = [];
  items.forEach((raw, index) => {
    if (problems.length >= MAX_REPORTED_PROBLEMS) return;
    const parsed = annotationSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...describeIssues(parsed.error.issues, `items[${index}]`));
      return;
    }
    try {
      notes.push(toNote(parsed.data, index));
    } catch (error) {
      problems.push((error as Error).message);
    }
  });
  if (problems.length > 0) throw new ImportError(problems.slice(0, MAX_REPORTED_PROBLEMS));

  return collection.data.generated === undefined
    ? { notes }
    : { notes, generated: collection.data.generated };
}

export function parseNotesExport(jsonText: string): Note[] {
  return parseNotesExportCollection(jsonText).notes;
}
