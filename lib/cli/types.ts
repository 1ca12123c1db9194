export interface CliIo {
  /** Receives text exactly as it should appear; commands add their own newlines. */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface Command {
  name: string;
  /** One line: the command and its arguments, e.g. `search "QUERY" [--json] [--limit N]`. */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

/** A mistake in how the command was called: reported with the usage line and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
