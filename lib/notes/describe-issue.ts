/**
 * Turns zod issues into one-line messages a person can act on ("items[3].target.selector:
 * expected an array, got a string"), instead of zod's generic wording. Parse with
 * `{ reportInput: true }` so lengths and received types can be named.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatIssuePath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return withArticle(typeof value);
}

function formatCount(n: number | bigint): string {
  return Number(n).toLocaleString('en-US');
}

const FORMAT_NAMES: Record<string, string> = {
  url: 'an http(s) URL',
  uuid: 'a UUID',
  datetime: 'an ISO 8601 date-time with a time zone (2024-05-28T12:00:00Z)',
};

function describeProblem(issue: Issue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? `expected ${withArticle(issue.expected)} (missing)`
        : `expected ${withArticle(issue.expected)}, got ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof input === 'string') {
        return `is ${formatCount(input.length)} characters; the limit is ${formatCount(issue.maximum)}`;
      }
      if (issue.origin === 'array' && Array.isArray(input)) {
        return `has ${formatCount(input.length)} items; the limit is ${formatCount(issue.maximum)}`;
      }
      return `must be at most ${formatCount(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${formatCount(issue.minimum)} items`;
      return `must be at least ${formatCount(issue.minimum)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      // A message set in the schema is already specific; zod's defaults start with "Invalid".
      if (!issue.message.startsWith('Invalid')) return issue.message;
      return `expected ${FORMAT_NAMES[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return issue.message;
  }
}

export function describeIssue(issue: Issue, pathPrefix = ''): string {
  const where = formatIssuePath(issue.path, pathPrefix);
  return where === '' ? describeProblem(issue) : `${where}: ${describeProblem(issue)}`;
}
