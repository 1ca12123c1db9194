import { createSearch, type SearchType } from '../../search/index';
import { parseCommandArgs } from '../args';
import { loadPack } from '../pack';
import { UsageError, type Command } from '../types';

const TYPES: SearchType[] = ['topic', 'fact', 'figure', 'conflict', 'source', 'timeline'];

export const search: Command = {
  name: 'search',
  usage: 'search "QUERY" [--json] [--limit N] [--type fact,figure,...]',
  summary: 'Fuzzy, accent-insensitive search of the pack in English or Spanish.',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      limit: { type: 'string' },
      type: { type: 'string' },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('missing QUERY');
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a positive integer, got "${values.limit}"`);
    const types = values.type?.split(',').map((t) => t.trim()) as SearchType[] | undefined;
    const unknown = types?.find((t) => !TYPES.includes(t));
    if (unknown) throw new UsageError(`unknown --type "${unknown}" (expected ${TYPES.join(', ')})`);

    const { pack } = loadPack();
    const results = createSearch(pack).search(query, { limit, ...(types ? { types } : {}) });
    if (values.json) {
      io.stdout(JSON.stringify({ query, results }, null, 2) + '\n');
      return 0;
    }
    if (results.length === 0) {
      io.stdout(`No results for "${query}".\n`);
      return 0;
    }
    const lines = results.map(
      (r) => `${r.score.toFixed(3)}  ${r.type.padEnd(8)}  ${r.id}  ${headline(r.item)}`,
    );
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
};

function headline(item: object): string {
  const record = item as Record<string, unknown>;
  const text = ['statement', 'label', 'title', 'event', 'name']
    .map((k) => record[k])
    .find((v) => typeof v === 'string');
  return typeof text === 'string' ? text : '';
}
