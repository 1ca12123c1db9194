import { parseCommandArgs } from '../args';
import { loadPack } from '../pack';
import { UsageError, type Command } from '../types';
import { policyStatus, StatusDateError } from '../../topic/status';
import { stateLabel } from '../../i18n/status';

export const status: Command = {
  name: 'status',
  usage: 'status --on YYYY-MM-DD [--json]',
  summary:
    "The policy's status on a date (YYYY, YYYY-MM or YYYY-MM-DD), with the event that began it and its sources.",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      on: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.on) throw new UsageError('--on YYYY-MM-DD is required');
    const { pack } = loadPack();
    let result;
    try {
      result = policyStatus(pack, values.on);
    } catch (error) {
      if (error instanceof StatusDateError) throw new UsageError(error.message);
      throw error;
    }
    const label = stateLabel(result.state, 'en');
    const sources = result.sources.map((r) => ({
      publisher: r.publisher,
      title: r.title,
      date: r.date,
      url: r.url,
      kind: r.kind,
    }));
    if (values.json) {
      io.stdout(
        JSON.stringify(
          {
            date: result.date,
            state: result.state,
            enrolling: result.enrolling,
            since: result.since ? { date: result.since.date, event: result.since.event } : null,
            label,
            sources,
            changesWithin: result.changesWithin.map((e) => ({
              date: e.date,
              state: e.state,
              event: e.event,
            })),
            alsoSince: result.alsoSince.map((e) => ({ date: e.date, event: e.event })),
            packAsOf: pack.asOf,
          },
          null,
          2,
        ) + '\n',
      );
      return 0;
    }
    const lines = [
      `${pack.topic.name} on ${result.date}: ${label}`,
      result.since
        ? `  since ${result.since.date}: ${result.since.event}`
        : '  (before the first recorded event)',
      ...result.alsoSince.map((e) => `  then ${e.date}: ${e.event}`),
      ...(result.changesWithin.length > 1
        ? [
            `  changed within ${result.date}: ${result.changesWithin.map((e) => `${e.date} ${e.state}`).join(', ')}`,
          ]
        : []),
      '  sources:',
      ...sources.map((s) => `    ${s.publisher}, "${s.title}", ${s.date}, ${s.url}`),
      `  (pack as of ${pack.asOf})`,
    ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
};
