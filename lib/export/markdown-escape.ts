/**
 * Escaping for text a user typed, so it renders as the same text in any CommonMark viewer:
 * no raw HTML (<script>, <img onerror>), no links, emphasis, headings or lists it did not ask for.
 */
import { normaliseNewlines, revealHiddenCharacters } from './text-safety';

// Backslash escapes are valid for any ASCII punctuation; these are the ones that start markup.
// An underscore inside a word (000_4aee.txt) cannot start emphasis, so it is left readable.
const INLINE_MARKUP = /[\\`*[\]<>#|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
// Block markers that only mean something at the start of a line.
const LINE_START_MARKUP = /^([-+=]|\d{1,9}(?=[.)]))/;

function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_MARKUP, (ch) => `\\${ch}`);
  return escaped.replace(LINE_START_MARKUP, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** One line of text (headings, list items): newlines become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(revealHiddenCharacters(normaliseNewlines(text)).replace(/\s*\n\s*/g, ' '));
}

/**
 * Free text keeping its line breaks: a line followed by another gets a hard break (a trailing
 * backslash), since a plain newline would run the two lines together; blank lines separate
 * paragraphs.
 */
export function escapeMarkdownBlock(text: string): string {
  const lines = revealHiddenCharacters(normaliseNewlines(text))
    .split('\n')
    .map((line) => escapeLine(line).trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .split('\n');
  return lines.map((line, i) => (line !== '' && (lines[i + 1] ?? '') !== '' ? `${line}\\` : line)).join('\n');
}

export function markdownBlockquote(text: string, indent = ''): string {
  return escapeMarkdownBlock(text)
    .split('\n')
    .map((line) => (line === '' ? `${indent}>` : `${indent}> ${line}`))
    .join('\n');
}

/** An autolink for a plain http(s) URL; anything else is shown as escaped text, never as a link. */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[^\s<>\\`]+$/.test(url) ? `<${url}>` : escapeMarkdownInline(url);
}
