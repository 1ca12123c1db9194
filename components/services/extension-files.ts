import { browser } from 'wxt/browser';
import { fetchPackageText } from '../../lib/service/package-files';

/** A file shipped in the extension package (WXT's PublicPath type does not list generated ones). */
export function fetchExtensionText(path: string): Promise<string> {
  return fetchPackageText((browser.runtime.getURL as (p: string) => string)(`/${path}`), path);
}
