import type { DownloadSpec } from '../../lib/download/spec';

/** Saves text as a download, through a temporary link (the sidebar has no downloads permission). */
export function saveFile(text: string, spec: DownloadSpec): void {
  const url = URL.createObjectURL(new Blob([text], { type: spec.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = spec.filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
