/**
 * Reads a file shipped in the extension package (packs/, seeds/: generated at build time). The
 * caller resolves the path to its URL (runtime.getURL), so this runs anywhere fetch does.
 */
export async function fetchPackageText(url: string, path: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not read ${path} from the extension package (${res.status})`);
  return res.text();
}
