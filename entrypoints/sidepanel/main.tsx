import { render } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { contentOf, openInTab, articleUrl } from '../../components/services/clients';
import { editForm, factTarget, newForm, passageTarget } from '../../lib/notes/note-draft';
import { useAnnouncer } from '../../components/hooks/useAnnouncer';
import { useNoteForm } from '../../components/hooks/useNoteForm';
import { useNotes } from '../../components/hooks/useNotes';
import { isWebPage } from '../../lib/notes/page-url';
import { usePageState } from '../../components/hooks/usePageState';
import { useSearch } from '../../components/hooks/useSearch';
import { useStrings } from '../../components/hooks/useStrings';
import { useTargetTab } from '../../components/hooks/useTargetTab';
import { useTransfer } from '../../components/hooks/useTransfer';
import { ExportPanel } from '../../components/sidebar/ExportPanel';
import { FigureCheck } from '../../components/sidebar/FigureCheck';
import { MentionList } from '../../components/sidebar/MentionList';
import { NoteForm } from '../../components/sidebar/NoteForm';
import { NoteList } from '../../components/sidebar/NoteList';
import { PageCheck } from '../../components/sidebar/PageCheck';
import { SearchPanel } from '../../components/sidebar/SearchPanel';
import { Section } from '../../components/sidebar/Section';
import { fill } from '../../lib/i18n/sidebar';
import type { MentionView, SearchHit } from '../../lib/messaging/contract';
import { Controls } from '../../components/controls/Controls';
import { useSettings } from '../../components/controls/useSettings';
import { useSidebarIntent } from '../../components/hooks/useSidebarIntent';
import './style.css';

function Sidebar() {
  const { lang, s } = useStrings();
  const [announcement, announce] = useAnnouncer();
  const { tabId, revision, resolved } = useTargetTab();
  const [settings, saveSettings] = useSettings();
  const page = usePageState(tabId, revision);
  const state = page.state;
  const context = state?.context ?? null;
  const pageUrl = isWebPage(state?.url) ? state.url : null;

  const notes = useNotes(s, tabId, pageUrl, revision, announce);
  const noteForm = useNoteForm(notes.save);
  const search = useSearch();
  // A form started on one page must not be saved against another.
  const closeForm = noteForm.close;
  useEffect(() => closeForm(), [tabId, pageUrl, closeForm]);

  // Fact statements seen so far (page context and search results), so linked facts show more than ids.
  const seenFacts = useRef(new Map<string, string>());
  for (const hit of search.hits) if (hit.type === 'fact') seenFacts.current.set(hit.id, hit.title);
  const factText = useCallback(
    (id: string) => {
      const fact = context?.facts[id];
      return (
        (fact && (lang === 'es' ? fact.statementEs : fact.statement)) ?? seenFacts.current.get(id) ?? null
      );
    },
    [context, lang],
  );

  const transfer = useTransfer(
    s,
    lang,
    { url: pageUrl, pageDate: state?.pageDate?.date ?? null },
    announce,
    notes.reload,
  );

  const content = tabId === null ? null : contentOf(tabId);
  const articleHref = (seed: string, quote: string | null) => articleUrl(seed, quote);

  const revealMention = (index: number) => void content?.('mention.reveal', { index }).catch(() => undefined);
  const noteOnMention = (m: MentionView) => {
    if (pageUrl) noteForm.open(newForm(passageTarget(pageUrl, m)));
  };
  const noteOnFact = (hit: SearchHit) => noteForm.open(newForm(factTarget(hit.id)));
  const noteOnSelection = async () => {
    if (!content || !pageUrl) return;
    try {
      const selection = await content('selection.get', {});
      if (!selection || selection.exact.trim() === '') announce(s.notes.noSelection);
      else noteForm.open(newForm(passageTarget(pageUrl, selection)));
    } catch {
      announce(s.notes.selectionFailed);
    }
  };

  useSidebarIntent(tabId, page.status === 'ready' && state !== null, (intent) => {
    if (intent.kind === 'note-on-selection') void noteOnSelection();
    else {
      const item = document.querySelector<HTMLElement>(
        `[data-testid=mention-item][data-index="${intent.index}"] [data-testid=mention-reveal]`,
      );
      item?.scrollIntoView({ block: 'center' });
      item?.focus();
      revealMention(intent.index);
    }
  });

  return (
    <>
      <header class="app-header">
        <h1>{s.appTitle}</h1>
        {state?.title && (
          <p class="page-title" data-testid="page-title">
            <span class="sr-only">{s.pageLabel}: </span>
            {state.title}
          </p>
        )}
      </header>
      <main>
        <div class="live" role="status" aria-live="polite" data-testid="live-region">
          {announcement}
        </div>

        {(page.status === 'loading' || (page.status === 'no-tab' && !resolved)) && (
          <p class="empty" data-testid="page-loading">
            {s.state.loading}
          </p>
        )}
        {page.status === 'no-tab' && resolved && (
          <p class="empty" data-testid="page-none">
            {s.state.noTab}
          </p>
        )}
        {page.status === 'unavailable' && (
          <div class="empty" data-testid="page-unavailable">
            <p>
              <strong>{s.state.unavailableTitle}</strong>
            </p>
            <p>{s.state.unavailableBody}</p>
          </div>
        )}

        {state && (
          <>
            <MentionList s={s} mentions={state.mentions} onReveal={revealMention} onAddNote={noteOnMention} />
            {context ? (
              <>
                <PageCheck s={s} lang={lang} context={context} articleHref={articleHref} onOpen={openInTab} />
                <FigureCheck s={s} lang={lang} mentions={state.mentions} context={context} />
              </>
            ) : (
              <p class="empty" data-testid="no-context">
                {s.state.noContext}
              </p>
            )}
          </>
        )}

        <SearchPanel
          s={s}
          query={search.query}
          onQuery={search.setQuery}
          status={search.status}
          error={search.error}
          hits={search.hits}
          sources={context?.sources}
          articleHref={articleHref}
          onOpen={openInTab}
          onNoteOnFact={pageUrl ? noteOnFact : null}
          onLinkFact={noteForm.form ? (hit) => noteForm.linkFact(hit.id) : null}
          linkedFacts={noteForm.form?.linkedFacts ?? []}
        />

        <Section id="notes" title={fill(s.notes.heading, { n: notes.notes.length })} testId="notes">
          {pageUrl ? (
            <>
              <div class="actions">
                <button
                  type="button"
                  class="small"
                  data-testid="note-on-selection"
                  onClick={() => void noteOnSelection()}
                >
                  {s.notes.onSelection}
                </button>
                <button
                  type="button"
                  class="small"
                  data-testid="notes-undo"
                  onClick={() => void notes.undo()}
                >
                  {s.notes.undo}
                </button>
              </div>
              {noteForm.form && (
                <NoteForm
                  s={s}
                  lang={lang}
                  form={noteForm.form}
                  error={noteForm.error}
                  saving={noteForm.saving}
                  factText={factText}
                  onChange={noteForm.update}
                  onUnlink={noteForm.unlinkFact}
                  onSubmit={() => void noteForm.submit({ url: pageUrl, title: state?.title ?? '' })}
                  onCancel={noteForm.close}
                />
              )}
              <NoteList
                s={s}
                lang={lang}
                notes={notes.notes}
                orphans={notes.orphans}
                factText={factText}
                onReveal={notes.reveal}
                onEdit={(note) => noteForm.open(editForm(note))}
                onDelete={(note) => void notes.remove(note.id)}
              />
            </>
          ) : (
            <p class="muted">{s.notes.needsPage}</p>
          )}
        </Section>

        <ExportPanel
          s={s}
          scope={transfer.scope}
          pageScopeAvailable={pageUrl !== null}
          busy={transfer.busy}
          importOutcome={transfer.importOutcome}
          onScope={transfer.setScope}
          onExport={(format) => void transfer.exportNotes(format)}
          onImport={(file) => void transfer.importFile(file)}
        />

        {settings && (
          <Controls
            lang={lang}
            settings={settings}
            host={pageUrl ? new URL(pageUrl).hostname : null}
            onChange={(next) => void saveSettings(next)}
          />
        )}
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Sidebar />, root);
