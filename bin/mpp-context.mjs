#!/usr/bin/env node
// The CLI is TypeScript under lib/; tsx compiles it on the fly so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();

// `mpp-context facts --json | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
