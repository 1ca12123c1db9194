import type { SidebarStrings } from '../../lib/i18n/sidebar';
import { EXPORT_FORMATS, type ExportFormat, type ExportScope } from '../../lib/download/spec';
import { Section } from './Section';

export type ImportOutcome = { ok: true; text: string } | { ok: false; text: string } | null;

export interface ExportPanelProps {
  s: SidebarStrings;
  scope: ExportScope;
  /** False when the tab has no web page: only "all notes" makes sense then. */
  pageScopeAvailable: boolean;
  busy: boolean;
  importOutcome: ImportOutcome;
  onScope: (scope: ExportScope) => void;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

export function ExportPanel({
  s,
  scope,
  pageScopeAvailable,
  busy,
  importOutcome,
  onScope,
  onExport,
  onImport,
}: ExportPanelProps) {
  const effective = pageScopeAvailable ? scope : 'all';
  return (
    <Section id="transfer" title={s.transfer.heading} testId="transfer">
      <fieldset class="scope">
        <legend>{s.transfer.scope}</legend>
        <label class="inline">
          <input
            type="radio"
            name="export-scope"
            value="page"
            data-testid="export-scope-page"
            checked={effective === 'page'}
            disabled={!pageScopeAvailable}
            onChange={() => onScope('page')}
          />
          {s.transfer.scopePage}
        </label>
        <label class="inline">
          <input
            type="radio"
            name="export-scope"
            value="all"
            data-testid="export-scope-all"
            checked={effective === 'all'}
            onChange={() => onScope('all')}
          />
          {s.transfer.scopeAll}
        </label>
      </fieldset>
      <div class="formats" role="group" aria-labelledby="export-formats-label">
        <span id="export-formats-label" class="subhead">
          {s.transfer.formats}
        </span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            class="small"
            data-testid={`export-${format}`}
            disabled={busy}
            onClick={() => onExport(format)}
          >
            {s.transfer[format]}
          </button>
        ))}
      </div>
      <label for="import-input">{s.transfer.importLabel}</label>
      <input
        id="import-input"
        type="file"
        data-testid="import-input"
        accept=".json,.jsonld,application/json,application/ld+json"
        disabled={busy}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Clearing lets the same file be chosen again after fixing it.
          input.value = '';
          if (file) onImport(file);
        }}
      />
      {importOutcome &&
        (importOutcome.ok ? (
          <p class="success" role="status" data-testid="import-result">
            {importOutcome.text}
          </p>
        ) : (
          <p class="error" role="alert" data-testid="import-error">
            {importOutcome.text}
          </p>
        ))}
    </Section>
  );
}
