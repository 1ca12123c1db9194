import { useEffect, useRef } from 'preact/hooks';
import { escapeRegExp } from '../../lib/text/escape-regexp';

export interface Segment {
  text: string;
  marked: boolean;
}

export interface Paragraph {
  segments: Segment[];
}

/**
 * Where `quote` is in `text`: verbatim first; failing that, with any run of whitespace matching
 * any other (a quote carried through a URL or the clipboard may have lost a line break).
 * Returns [start, end) in `text`, or null.
 */
export function locateQuote(text: string, quote: string): [number, number] | null {
  const q = quote.trim();
  if (!q) return null;
  const at = text.indexOf(q);
  if (at !== -1) return [at, at + q.length];
  const pattern = q.split(/\s+/).map(escapeRegExp).join('\\s+');
  const match = new RegExp(pattern).exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

/**
 * The text as paragraphs (split at line breaks, blank lines dropped), each cut into plain and
 * marked segments by the range [start, end). A range across paragraphs marks a piece of each.
 */
export function paragraphsWithRange(text: string, range: [number, number] | null): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    if (line.trim() === '') continue;
    const from = m.index;
    const to = from + line.length;
    if (!range || range[1] <= from || range[0] >= to) {
      out.push({ segments: [{ text: line, marked: false }] });
      continue;
    }
    const a = Math.max(range[0], from) - from;
    const b = Math.min(range[1], to) - from;
    const segments: Segment[] = [
      { text: line.slice(0, a), marked: false },
      { text: line.slice(a, b), marked: true },
      { text: line.slice(b), marked: false },
    ].filter((seg) => seg.text !== '');
    out.push({ segments });
  }
  return out;
}

/** The article text; the first highlighted piece scrolls into view once the text is shown. */
export function SeedText(props: { paragraphs: Paragraph[]; label: string }) {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    const first = container.current?.querySelector('mark');
    first?.scrollIntoView({ block: 'center' });
  }, [props.paragraphs]);
  return (
    <section class="seed-text" aria-label={props.label} ref={container} data-testid="article-text">
      {props.paragraphs.map((p, i) => (
        <p key={i}>
          {p.segments.map((seg, j) =>
            seg.marked ? (
              <mark key={j} data-testid="article-quote">
                {seg.text}
              </mark>
            ) : (
              seg.text
            ),
          )}
        </p>
      ))}
    </section>
  );
}
