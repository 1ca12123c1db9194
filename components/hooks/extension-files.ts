import { browser } from 'wxt/browser';

/**
 * Reads a file shipped in the extension package (packs/, seeds/: generated at build time, so
 * WXT's PublicPath type does not list them).
 */
export async function fetchExtensionText(path: string): Promise<string> {
  const getURL = browser.runtime.getURL as (path: string) => string;
  const res = await fetch(getURL(`/${path}`));
  if (!res.ok) throw new Error(`Could not read ${path} from the extension package (${res.status})`);
  return res.text();
}
