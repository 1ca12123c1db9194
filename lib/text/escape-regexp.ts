/**
 * A string as a regex source that matches it literally, in any mode (`u` included: no escape
 * that unicode mode refuses, such as `\-`). For use outside character classes.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
