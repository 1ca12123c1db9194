import { commands } from './commands';
import { UsageError, type CliIo } from './types';

const PROGRAM = 'mpp-context';

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${PROGRAM} ${c.usage.padEnd(58)} ${c.summary}`);
  return `usage: ${PROGRAM} <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs one CLI invocation; returns the exit code (0 ok, 1 failure, 2 usage error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  if (!name) {
    io.stderr(`${PROGRAM}: missing command\n${usage()}`);
    return 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`${PROGRAM}: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM} ${command.name}: ${error.message}\nusage: ${PROGRAM} ${command.usage}\n`);
      return 2;
    }
    io.stderr(`${PROGRAM} ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
