/** One entry point from an export format to the exporter that writes it. */
import { notesToClaimReview } from '../export/claimreview';
import type { ExportContext } from '../export/context';
import { notesToCsv } from '../export/csv';
import { notesToMarkdown } from '../export/markdown';
import { notesToWebAnnotation } from '../export/webannotation';
import type { Note } from '../notes/model';
import type { ExportFormat } from './spec';

export function renderExport(format: ExportFormat, notes: readonly Note[], context: ExportContext): string {
  switch (format) {
    case 'markdown':
      return notesToMarkdown(notes, context);
    case 'csv':
      // Spreadsheets are where CSVs get opened, and Excel misreads accented Spanish without a BOM.
      return notesToCsv(notes, context, { bom: true });
    case 'webannotation':
      return notesToWebAnnotation(notes, context);
    case 'claimreview':
      return notesToClaimReview(notes, context);
  }
}
