import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the demo and bench scripts
import { serveFixtures } from '../../scripts/lib/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One Firefox build per run (MV3), and the fixture site. */
export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD)
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' });
  const server = await serveFixtures();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
