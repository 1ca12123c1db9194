/**
 * File name and media type for each export format. Pure, so the names are testable; the actual
 * download (Blob URL + a temporary <a download>) happens in the sidebar's hook.
 */

export type ExportFormat = 'markdown' | 'csv' | 'webannotation' | 'claimreview';
export type ExportScope = 'page' | 'all';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'csv', 'webannotation', 'claimreview'];

export interface DownloadSpec {
  filename: string;
  mime: string;
}

interface FormatInfo {
  ext: string;
  mime: string;
}

// The Web Annotation protocol names its own JSON-LD profile; ClaimReview is plain schema.org JSON-LD.
const FORMATS: Record<ExportFormat, FormatInfo> = {
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  webannotation: {
    ext: 'annotations.json',
    mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  },
  claimreview: { ext: 'claimreview.jsonld', mime: 'application/ld+json' },
};

const MAX_SLUG = 60;

/** Lowercase ASCII words joined by dashes; anything else (accents, slashes, dots) becomes a dash. */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  // Cut at a dash when one is near, so the name does not end mid-word.
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** The page part of a file name: host and path, without scheme, query or fragment. */
export function pageSlug(pageUrl: string): string {
  let text = pageUrl;
  try {
    const url = new URL(pageUrl);
    text = `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\.[a-z0-9]+$/i, '')}`;
  } catch {
    // Not a URL (a file name, say): slug whatever it is.
  }
  return slugify(text) || 'page';
}

/** Local calendar date, because that is the day the person exporting sees. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function downloadSpec(
  format: ExportFormat,
  scope: ExportScope,
  options: { date: Date; pageUrl?: string | null },
): DownloadSpec {
  const info = FORMATS[format];
  const what = scope === 'all' || !options.pageUrl ? 'all' : pageSlug(options.pageUrl);
  return { filename: `mpp-notes-${what}-${localDate(options.date)}.${info.ext}`, mime: info.mime };
}
