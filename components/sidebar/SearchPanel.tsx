import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { SearchHit, SearchHitType, SourceView } from '../../lib/messaging/contract';
import { Section } from './Section';
import { SourceLink } from './SourceLink';
import { seedName } from '../../lib/topic/cite';

export const HIT_GROUPS: readonly SearchHitType[] = [
  'topic',
  'fact',
  'figure',
  'conflict',
  'source',
  'timeline',
];

/** Hits by type in a fixed order; within a type the background's ranking is kept. Empty groups are dropped. */
export function groupHits(hits: readonly SearchHit[]): Array<{ type: SearchHitType; hits: SearchHit[] }> {
  return HIT_GROUPS.map((type) => ({ type, hits: hits.filter((h) => h.type === type) })).filter(
    (g) => g.hits.length > 0,
  );
}

export interface SearchPanelProps {
  s: SidebarStrings;
  query: string;
  onQuery: (query: string) => void;
  status: 'idle' | 'searching' | 'done' | 'error';
  error: string | null;
  hits: SearchHit[];
  sources: Record<string, SourceView> | undefined;
  articleHref: (seed: string, quote: string | null) => string;
  onOpen: (url: string) => void;
  onNoteOnFact: ((hit: SearchHit) => void) | null;
  /** Present while a note form is open: facts can then be linked to it. */
  onLinkFact: ((hit: SearchHit) => void) | null;
  linkedFacts: readonly string[];
}

export function SearchPanel(props: SearchPanelProps) {
  const { s, hits, status } = props;
  const groups = groupHits(hits);
  const summary =
    status === 'searching'
      ? s.search.searching
      : status === 'error'
        ? fill(s.search.failed, { error: props.error ?? '' })
        : status === 'done'
          ? hits.length === 0
            ? fill(s.search.none, { q: props.query.trim() })
            : fill(s.search.count, { n: hits.length })
          : '';
  return (
    <Section id="search" title={s.search.heading} testId="search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input">{s.search.label}</label>
        <input
          id="search-input"
          type="search"
          data-testid="search-input"
          value={props.query}
          placeholder={s.search.placeholder}
          autocomplete="off"
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
      </form>
      <p class="muted" role="status" data-testid="search-status">
        {summary}
      </p>
      <div data-testid="search-results">
        {groups.map((group) => (
          <div key={group.type} class="hit-group" data-testid={`search-group-${group.type}`}>
            <h3>{s.search.groups[group.type]}</h3>
            <ul class="plain">
              {group.hits.map((hit) => (
                <SearchHitItem key={`${hit.type}:${hit.id}`} hit={hit} {...props} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}

function SearchHitItem(props: SearchPanelProps & { hit: SearchHit }) {
  const { s, hit } = props;
  const linked = hit.type === 'fact' && props.linkedFacts.includes(hit.id);
  return (
    <li class="hit" data-testid="search-result" data-type={hit.type} data-id={hit.id}>
      <p class="hit-title">{hit.title}</p>
      {hit.quote && <blockquote class="quote">{hit.quote}</blockquote>}
      <div class="actions">
        {hit.seed && (
          <>
            <span class="muted source-name">{seedName(hit.seed, props.sources)}</span>
            <SourceLink
              href={props.articleHref(hit.seed, hit.quote)}
              onOpen={props.onOpen}
              label={fill(s.search.openSourceOf, { title: hit.title })}
              testId="search-open-source"
            >
              {s.search.openSource}
            </SourceLink>
          </>
        )}
        {hit.type === 'fact' && props.onNoteOnFact && (
          <button
            type="button"
            class="small"
            data-testid="search-note-on-fact"
            onClick={() => props.onNoteOnFact?.(hit)}
          >
            {s.search.noteOnFact}
          </button>
        )}
        {hit.type === 'fact' && props.onLinkFact && (
          <button
            type="button"
            class="small"
            data-testid="search-link-fact"
            disabled={linked}
            onClick={() => props.onLinkFact?.(hit)}
          >
            {linked ? s.search.linked : s.search.linkFact}
          </button>
        )}
      </div>
    </li>
  );
}
