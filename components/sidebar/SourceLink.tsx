import type { ComponentChildren } from 'preact';

/**
 * A real link (so it reads as one and can be copied), whose click goes through `onOpen`: from a
 * side panel the caller opens it with tabs.create, which reliably lands in the tab strip.
 */
export function SourceLink(props: {
  href: string;
  onOpen: (url: string) => void;
  label?: string;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <a
      href={props.href}
      target="_blank"
      rel="noopener"
      aria-label={props.label}
      data-testid={props.testId}
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        props.onOpen(props.href);
      }}
    >
      {props.children}
    </a>
  );
}
