/**
 * Export and import of notes. Exporters run here, in the extension's own page, and the file is
 * saved through a Blob URL and a temporary <a download> in this document: the web page in the tab
 * never sees the notes or the file.
 */
import { saveFile } from '../services/save-file';
import { useCallback, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import { downloadSpec, type ExportFormat, type ExportScope } from '../../lib/download/spec';
import { renderExport } from '../../lib/download/render';
import { MAX_IMPORT_BYTES } from '../../lib/export/import';
import { normalisePageUrl } from '../../lib/notes/page-url';
import type { ImportOutcome } from '../sidebar/ExportPanel';
import { workbench } from '../services/workbench';
import { isWebPage } from '../../lib/notes/page-url';

export interface TransferPage {
  url: string | null;
  pageDate: string | null;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useTransfer(
  s: SidebarStrings,
  lang: Lang,
  page: TransferPage,
  announce: (text: string) => void,
  onImported: () => void,
) {
  const [scope, setScope] = useState<ExportScope>('page');
  const [busy, setBusy] = useState(false);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome>(null);

  const exportNotes = useCallback(
    async (format: ExportFormat) => {
      const pageUrl = isWebPage(page.url) ? normalisePageUrl(page.url) : null;
      const effective: ExportScope = pageUrl ? scope : 'all';
      setBusy(true);
      try {
        const notes =
          effective === 'page' && pageUrl
            ? await workbench('notes.forPage', { url: pageUrl })
            : await workbench('notes.all', {});
        // The whole pack's facts, whatever tab is open: an export of notes from many pages must not
        // depend on which facts the open page happened to match.
        const packFacts = await workbench('pack.facts', {});
        if (notes.length === 0) {
          announce(s.transfer.empty);
          return;
        }
        const now = new Date();
        const text = renderExport(format, notes, {
          generatedAt: now.toISOString(),
          packFacts,
          pageDates: pageUrl && page.pageDate ? { [pageUrl]: page.pageDate } : undefined,
          lang,
        });
        const spec = downloadSpec(format, effective, { date: now, pageUrl });
        saveFile(text, spec);
        announce(fill(s.transfer.exported, { n: notes.length, file: spec.filename }));
      } catch (err) {
        announce(fill(s.transfer.exportFailed, { error: message(err) }));
      } finally {
        setBusy(false);
      }
    },
    [s, lang, page.url, page.pageDate, scope, announce],
  );

  const importFile = useCallback(
    async (file: File) => {
      setBusy(true);
      setImportOutcome(null);
      try {
        // Checked here too: a file past the import limit would otherwise be read and sent whole.
        if (file.size > MAX_IMPORT_BYTES) {
          throw new Error(
            fill(s.transfer.tooLarge, { name: file.name, mb: Math.floor(MAX_IMPORT_BYTES / 1024 / 1024) }),
          );
        }
        const json = await file.text();
        const result = await workbench('notes.import', { json });
        setImportOutcome({ ok: true, text: fill(s.transfer.imported, { ...result }) });
        onImported();
      } catch (err) {
        setImportOutcome({ ok: false, text: fill(s.transfer.importFailed, { error: message(err) }) });
      } finally {
        setBusy(false);
      }
    },
    [s, announce, onImported],
  );

  return { scope, setScope, busy, importOutcome, exportNotes, importFile };
}
