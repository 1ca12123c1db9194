import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { MentionView } from '../../lib/messaging/contract';
import { Marked } from './Marked';
import { Section } from './Section';

export interface MentionListProps {
  s: SidebarStrings;
  mentions: MentionView[];
  onReveal: (index: number) => void;
  onAddNote: (mention: MentionView) => void;
}

export function MentionList({ s, mentions, onReveal, onAddNote }: MentionListProps) {
  return (
    <Section id="mentions" title={fill(s.mentions.heading, { n: mentions.length })} testId="mentions">
      {mentions.length === 0 ? (
        <p class="muted">{s.mentions.none}</p>
      ) : (
        <ol class="mentions">
          {mentions.map((m, i) => (
            <li key={m.index} class="mention" data-testid="mention-item" data-index={m.index}>
              <button
                type="button"
                class="mention-reveal"
                data-testid="mention-reveal"
                onClick={() => onReveal(m.index)}
              >
                <span class="mention-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="sr-only">
                  {fill(s.mentions.item, { n: i + 1 })}. {s.mentions.showOnPage}{' '}
                </span>
                <span class="mention-sentence">
                  <Marked text={m.sentence || m.exact} part={m.exact} />
                </span>
              </button>
              <button
                type="button"
                class="small"
                data-testid="mention-add-note"
                aria-label={fill(s.mentions.addNoteTo, { n: i + 1 })}
                onClick={() => onAddNote(m)}
              >
                {s.mentions.addNote}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
