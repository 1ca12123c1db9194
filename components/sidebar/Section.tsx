import type { ComponentChildren } from 'preact';

/** A labelled region: each sidebar section is a landmark a screen reader can jump to. */
export function Section(props: { id: string; title: string; testId?: string; children: ComponentChildren }) {
  const headingId = `${props.id}-heading`;
  return (
    <section class="section" id={props.id} aria-labelledby={headingId} data-testid={props.testId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  );
}
