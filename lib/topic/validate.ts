import type { z } from 'zod';
import { findFigures } from '../figures/parse';
import { foldText, foldWords } from '../search/fold';
import { topicPackSchema, type TopicPack } from './schema';

/**
 * Schema validation plus the cross-checks zod cannot express: quotes verbatim in their seeds, unique
 * ids, conflict members that resolve, figures whose quote states their value, every seed covered.
 * Every problem is reported as `<collection>[i] (id "…").<field>: <what is wrong>` so a curator can
 * go straight to the entry.
 */
export function validatePack(pack: unknown, seedTexts: Record<string, string>): TopicPack {
  const parsed = topicPackSchema.safeParse(pack);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => describePackIssue(pack, issue)).join('\n'));
  }
  const problems = crossCheck(parsed.data, seedTexts);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return parsed.data;
}

/** `facts[12] (id "x").quote` for a path into the raw (unparsed) pack. */
function entryPath(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const label = entryLabel(node);
      if (label) out += ` ${label}`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out || '(pack)';
}

function entryLabel(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const entry = node as Record<string, unknown>;
  if (typeof entry.id === 'string') return `(id "${entry.id}")`;
  if (typeof entry.seed === 'string' && !('quote' in entry)) return `(seed "${entry.seed}")`;
  return null;
}

/** A pack problem named by its entry (collection, index, id or seed), for the build's error. */
function describePackIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  return `${entryPath(raw, issue.path)}: ${issue.message}`;
}

function crossCheck(pack: TopicPack, seedTexts: Record<string, string>): string[] {
  const problems: string[] = [];
  const at = (collection: string, index: number, entry: { id?: string; seed?: string }, field: string) =>
    `${collection}[${index}] ${entry.id ? `(id "${entry.id}")` : `(seed "${entry.seed}")`}.${field}`;

  const checkQuote = (where: string, seed: string, quote: string) => {
    const text = seedTexts[seed];
    if (text === undefined) {
      problems.push(`${where}: seed ${seed} is not among the seed files`);
    } else if (!text.includes(quote)) {
      const hint = foldText(text).includes(foldText(quote))
        ? ' (it matches once quotes, dashes and spaces are folded: copy the curly quotes and U+00A0 exactly)'
        : '';
      problems.push(`${where}: not found verbatim in ${seed}${hint}`);
    }
  };

  const checkUnique = (collection: string, entries: Array<{ id: string }>) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const earlier = seen.get(entry.id);
      if (earlier !== undefined) {
        problems.push(`${collection}[${i}] (id "${entry.id}").id: duplicate of ${collection}[${earlier}]`);
      } else {
        seen.set(entry.id, i);
      }
    });
  };

  checkUnique('facts', pack.facts);
  checkUnique('figures', pack.figures);
  checkUnique('conflicts', pack.conflicts);
  checkUnique('timeline', pack.timeline);

  // Conflict members name facts, figures and seeds in one namespace, so those must not collide.
  const factIds = new Set(pack.facts.map((f) => f.id));
  pack.figures.forEach((figure, i) => {
    if (factIds.has(figure.id)) problems.push(`${at('figures', i, figure, 'id')}: also used by a fact`);
  });

  const sourceSeeds = new Map<string, number>();
  pack.sources.forEach((source, i) => {
    if (sourceSeeds.has(source.seed))
      problems.push(`${at('sources', i, source, 'seed')}: second source for this seed`);
    sourceSeeds.set(source.seed, i);
    if (!(source.seed in seedTexts))
      problems.push(`${at('sources', i, source, 'seed')}: not among the seed files`);
    if (source.eventsDateEvidence.seed !== source.seed) {
      problems.push(
        `${at('sources', i, source, 'eventsDateEvidence.seed')}: evidence must come from the source's own seed`,
      );
    }
    checkQuote(
      at('sources', i, source, 'eventsDateEvidence.quote'),
      source.eventsDateEvidence.seed,
      source.eventsDateEvidence.quote,
    );
  });

  pack.facts.forEach((fact, i) => {
    checkQuote(at('facts', i, fact, 'quote'), fact.seed, fact.quote);
    if (fact.topic !== pack.topic.id) {
      problems.push(
        `${at('facts', i, fact, 'topic')}: "${fact.topic}" is not the pack's topic "${pack.topic.id}"`,
      );
    }
  });

  pack.timeline.forEach((event, i) => checkQuote(at('timeline', i, event, 'quote'), event.seed, event.quote));

  checkFigures(pack, problems, at, checkQuote);
  checkCitations(pack, problems, at);

  const memberIds = new Set([...factIds, ...pack.figures.map((f) => f.id), ...Object.keys(seedTexts)]);
  pack.conflicts.forEach((conflict, i) => {
    conflict.members.forEach((member, k) => {
      if (!memberIds.has(member)) {
        problems.push(
          `${at('conflicts', i, conflict, `members[${k}]`)}: "${member}" is not a fact id, figure id or seed file`,
        );
      }
    });
    if (conflict.kind === 'series') {
      const quantities = new Set(
        pack.figures.filter((f) => conflict.members.includes(f.id)).map((f) => f.quantity),
      );
      if (quantities.size > 1) {
        problems.push(
          `${at('conflicts', i, conflict, 'members')}: a series mixes quantities ${[...quantities].join(', ')}`,
        );
      }
    }
  });

  checkAliases(pack, problems);

  for (const seed of Object.keys(seedTexts)) {
    if (!sourceSeeds.has(seed)) problems.push(`sources: no source entry for seed ${seed}`);
    if (!pack.facts.some((f) => f.seed === seed)) problems.push(`facts: no fact quotes seed ${seed}`);
  }
  return problems;
}

function checkFigures(
  pack: TopicPack,
  problems: string[],
  at: (collection: string, index: number, entry: { id?: string }, field: string) => string,
  checkQuote: (where: string, seed: string, quote: string) => void,
) {
  const unitOf = new Map<string, string>();
  pack.figures.forEach((figure, i) => {
    if (figure.high !== undefined && figure.high < figure.value)
      problems.push(`${at('figures', i, figure, 'high')}: below value ${figure.value}`);
    // A figure of the public record is checked by checkCitations; a seed's by its quote.
    if (figure.seed === undefined || figure.quote === undefined) {
      if (figure.seed !== undefined || figure.quote !== undefined)
        problems.push(`${at('figures', i, figure, 'quote')}: a seed's figure needs both seed and quote`);
      else if (!figure.records)
        problems.push(`${at('figures', i, figure, 'records')}: neither a seed quote nor a record citation`);
      return;
    }
    checkQuote(at('figures', i, figure, 'quote'), figure.seed, figure.quote);
    // A figure whose quote does not state its value would let a typo in `value` go unnoticed.
    const stated = findFigures(figure.quote, { includeAmbiguousWords: true });
    if (!stated.some((f) => f.value === figure.value && f.qualifier === figure.qualifier)) {
      const seen = stated.map((f) => `${f.qualifier} ${f.value}`).join(', ') || 'no number';
      problems.push(
        `${at('figures', i, figure, 'value')}: quote states ${seen}, not ${figure.qualifier} ${figure.value}`,
      );
    }
    const unit = unitOf.get(figure.quantity);
    if (unit === undefined) unitOf.set(figure.quantity, figure.unit);
    else if (unit !== figure.unit) {
      problems.push(
        `${at('figures', i, figure, 'unit')}: "${figure.unit}" differs from "${unit}" used for quantity ${figure.quantity}`,
      );
    }
  });
}

/**
 * What the pack says in its own voice beyond the seeds must carry a record citation that resolves:
 * the summary, every history event, every figure of the public record. The pack's "as of" date is
 * the last date its sources cover, so no event or record may come after it.
 */
function checkCitations(
  pack: TopicPack,
  problems: string[],
  at: (collection: string, index: number, entry: { id?: string }, field: string) => string,
) {
  const records = new Map<string, number>();
  pack.records.forEach((record, i) => {
    if (records.has(record.id)) problems.push(`records[${i}] (id "${record.id}").id: duplicate`);
    records.set(record.id, i);
    if (record.date > pack.asOf)
      problems.push(
        `records[${i}] (id "${record.id}").date: ${record.date} is after the pack's asOf ${pack.asOf}`,
      );
  });
  const resolve = (where: string, ids: readonly string[] | undefined) => {
    if (!ids || ids.length === 0) return problems.push(`${where}: no record citation`);
    for (const id of ids) if (!records.has(id)) problems.push(`${where}: "${id}" is not a record id`);
  };
  resolve('topic.summaryRecords', pack.topic.summaryRecords);
  const seen = new Set<string>();
  let previous = '';
  pack.history.forEach((event, i) => {
    resolve(at('history', i, event, 'records'), event.records);
    if (seen.has(event.id)) problems.push(`${at('history', i, event, 'id')}: duplicate`);
    seen.add(event.id);
    if (event.date < previous) problems.push(`${at('history', i, event, 'date')}: out of date order`);
    previous = event.date;
    if (event.date > pack.asOf)
      problems.push(
        `${at('history', i, event, 'date')}: ${event.date} is after the pack's asOf ${pack.asOf}`,
      );
  });
  pack.figures.forEach((figure, i) => {
    if (figure.records) resolve(at('figures', i, figure, 'records'), figure.records);
  });
}

/** Two aliases that fold to the same text but differ in kind would leave the matcher guessing. */
function checkAliases(pack: TopicPack, problems: string[]) {
  const kinds = new Map<string, { kind: string; index: number }>();
  pack.topic.aliases.forEach((alias, i) => {
    const key = foldWords(alias.text);
    const earlier = kinds.get(key);
    if (earlier && earlier.kind !== alias.kind) {
      problems.push(
        `topic.aliases[${i}] ("${alias.text}").kind: "${alias.kind}" but topic.aliases[${earlier.index}] folds to the same text as "${earlier.kind}"`,
      );
    }
    if (!earlier) kinds.set(key, { kind: alias.kind, index: i });
  });
}
