import type { TopicPack } from '../topic/schema';

export class InvalidPackError extends Error {
  override name = 'InvalidPackError';
}

const SEED = /^\d{3}_[0-9a-f]{16}\.txt$/;
const ID = /^[a-z0-9-]+$/;

/**
 * The checks a pack must pass before it may replace the curated tables, written without zod:
 * the keys the index relies on (ids, seeds, quantities, dates) are present and well formed.
 * Errors name the entry and the field, like the full schema check.
 */
export function checkPackShape(pack: TopicPack): TopicPack {
  const fail = (where: string, what: string): never => {
    throw new InvalidPackError(`The topic pack is invalid: ${where}: ${what}`);
  };
  if (typeof pack !== 'object' || pack === null) fail('pack', 'expected an object');
  if (!Number.isInteger(pack.version) || pack.version < 1) fail('version', 'expected a positive integer');
  if (typeof pack.topic?.id !== 'string' || !ID.test(pack.topic.id)) fail('topic.id', 'expected an id');
  const lists = ['sources', 'facts', 'figures', 'conflicts', 'timeline', 'records', 'history'] as const;
  if (typeof pack.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(pack.asOf))
    fail('asOf', 'expected YYYY-MM-DD');
  for (const name of lists) if (!Array.isArray(pack[name])) fail(name, 'expected an array');
  pack.sources.forEach((s, i) => {
    if (typeof s.seed !== 'string' || !SEED.test(s.seed))
      fail(`sources[${i}].seed`, 'expected a seed file name');
  });
  for (const name of ['facts', 'figures', 'conflicts', 'timeline'] as const) {
    (pack[name] as Array<{ id?: unknown; seed?: unknown }>).forEach((e, i) => {
      if (typeof e.id !== 'string' || !ID.test(e.id)) fail(`${name}[${i}].id`, 'expected an id');
      if ('seed' in e && (typeof e.seed !== 'string' || !SEED.test(e.seed)))
        fail(`${name}[${i}].seed`, 'expected a seed file name');
    });
  }
  pack.figures.forEach((f, i) => {
    if (typeof f.value !== 'number' || !Number.isFinite(f.value))
      fail(`figures[${i}].value`, 'expected a number');
  });
  return pack;
}
