import { extensionApi } from './extension-api';

/**
 * Loads one of the extension's lazily used scripts (reader-core.js, popover-ui.js) into
 * the content scripts' isolated world: a dynamic import of a web-accessible file runs there,
 * and the script hands its API over on a global of that world.
 */
export async function loadExtensionScript<T>(
  path: '/reader-core.js' | '/popover-ui.js',
  global: string,
): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  if (!g[global]) await import(/* @vite-ignore */ extensionApi().runtime.getURL(path));
  if (!g[global]) throw new Error(`${path} did not load`);
  return g[global] as T;
}
