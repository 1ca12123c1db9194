/**
 * One page, one key: notes are filed under the URL without its fragment, because an in-page
 * anchor (#comments, a text fragment) is the same article. The query is kept: on many news sites
 * it selects the article (?id=123).
 */
export function normalisePageUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }
}

/** An http(s) page: the only kind the reader runs on and notes are written for. */
export function isWebPage(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:/i.test(url);
}
