import { exportCommand } from './commands/export';
import { facts } from './commands/facts';
import { scan } from './commands/scan';
import { search } from './commands/search';
import { status } from './commands/status';
import type { Command } from './types';

/** Every subcommand by name. Adding one is one import and one line here. */
export const commands: Record<string, Command> = {
  [facts.name]: facts,
  [search.name]: search,
  [exportCommand.name]: exportCommand,
  [scan.name]: scan,
  [status.name]: status,
};
