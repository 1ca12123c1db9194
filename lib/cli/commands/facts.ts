import { computeCopies } from '../../copy/shingles';
import { parseCommandArgs } from '../args';
import { loadPack } from '../pack';
import { UsageError, type Command } from '../types';

export const facts: Command = {
  name: 'facts',
  usage: 'facts [--json]',
  summary: 'Print the curated topic pack, with the copy relations computed from the seeds.',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const { pack, seeds } = loadPack();
    const copies = computeCopies(seeds);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const sources = pack.sources.map((source) => {
      const copied = copies.find((c) => c.copy === source.seed);
      return {
        ...source,
        copies: copied ? { seed: copied.original, containment: round(copied.containment) } : null,
        copiedBy: copies
          .filter((c) => c.original === source.seed)
          .map((c) => ({ seed: c.copy, containment: round(c.containment) })),
      };
    });
    if (values.json) {
      io.stdout(JSON.stringify({ ...pack, sources }, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `${pack.topic.name} / ${pack.topic.nameEs} (pack v${pack.version})`,
      `${pack.topic.aliases.length} aliases, ${pack.facts.length} facts, ${pack.figures.length} figures, ` +
        `${pack.conflicts.length} conflicts, ${pack.timeline.length} timeline events`,
      '',
      'Sources:',
      ...sources.map(
        (s) =>
          `  ${s.seed}  ${s.outlet ?? '(no outlet)'}  page ${s.pageDate ?? 'undated'}, events ${s.eventsDate}` +
          (s.copies ? `  copies ${s.copies.seed} (${s.copies.containment})` : ''),
      ),
      '',
      'Facts:',
      ...pack.facts.map((f) => `  [${f.asOf}] ${f.id}: ${f.statement}`),
    ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
};
