import type { ReaderSettings } from '../../lib/reader/settings';
import type { Lang } from '../../lib/i18n/lang';

const strings = {
  en: {
    heading: 'Highlighting',
    pause: 'Pause everywhere',
    site: 'Off for this site',
    color: 'Highlight colour',
    noSite: 'No site open',
    showNotes: 'Highlight my notes on this site',
    showNotesHint:
      'Highlights are part of the page: its scripts can see which passages are marked (never your verdicts or notes). Off unless you turn it on, site by site.',
  },
  es: {
    heading: 'Resaltado',
    pause: 'Pausar en todas partes',
    site: 'Desactivar en este sitio',
    color: 'Color de resaltado',
    noSite: 'Ningún sitio abierto',
    showNotes: 'Resaltar mis notas en este sitio',
    showNotesHint:
      'Los resaltados forman parte de la página: sus scripts pueden ver qué pasajes están marcados (nunca sus veredictos ni sus notas). Desactivado salvo que lo active, sitio por sitio.',
  },
} as const;

export interface ControlsProps {
  lang: Lang;
  settings: ReaderSettings;
  /** Host of the page the controls apply to, if any. */
  host: string | null;
  onChange(next: ReaderSettings): void;
}

/** Reader controls: pause, per-site off switch and highlight colour. */
export function Controls({ lang, settings, host, onChange }: ControlsProps) {
  const t = strings[lang];
  const siteOff = host !== null && settings.disabledHosts.includes(host);
  return (
    <fieldset class="controls" data-testid="controls">
      <legend>{t.heading}</legend>
      <label>
        <input
          type="checkbox"
          data-testid="control-pause"
          checked={settings.paused}
          onChange={(e) => onChange({ ...settings, paused: e.currentTarget.checked })}
        />{' '}
        {t.pause}
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="control-site"
          disabled={host === null}
          checked={siteOff}
          onChange={(e) => {
            if (!host) return;
            const others = settings.disabledHosts.filter((h) => h !== host);
            onChange({ ...settings, disabledHosts: e.currentTarget.checked ? [...others, host] : others });
          }}
        />{' '}
        {t.site}
        {host ? ` (${host})` : ` — ${t.noSite}`}
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="control-show-notes"
          aria-describedby="show-notes-hint"
          disabled={host === null}
          checked={host !== null && settings.notesHosts.includes(host)}
          onChange={(e) => {
            if (!host) return;
            const others = settings.notesHosts.filter((h) => h !== host);
            onChange({ ...settings, notesHosts: e.currentTarget.checked ? [...others, host] : others });
          }}
        />{' '}
        {t.showNotes}
      </label>
      <p id="show-notes-hint" class="hint">
        {t.showNotesHint}
      </p>
      <label>
        {t.color}{' '}
        <input
          type="color"
          data-testid="control-color"
          value={settings.color}
          onInput={(e) => onChange({ ...settings, color: e.currentTarget.value })}
        />
      </label>
    </fieldset>
  );
}
