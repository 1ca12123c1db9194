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
  if (!ownObject(global)) await import(/* @vite-ignore */ extensionApi().runtime.getURL(path));
  const mod = ownObject(global);
  if (!mod) throw new Error(`${path} did not load`);
  return mod as T;
}

/**
 * A global this world set itself: an own property holding an object. Element ids are window
 * properties too (`<div id="__mppReader">`), but never own ones, and never plain objects.
 */
export function ownObject(name: string): object | null {
  if (!Object.prototype.hasOwnProperty.call(globalThis, name)) return null;
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'object' && value !== null && !(value instanceof Node) ? value : null;
}
