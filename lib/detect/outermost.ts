/**
 * The nodes of a list that have no ancestor in the list, in list order: each subtree once. One
 * climb per node through a set, not a contains() per pair (a batch can hold a thousand).
 */
export function outermost<T extends Node>(nodes: readonly T[]): T[] {
  const set = new Set<Node>(nodes);
  return [...set].filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  }) as T[];
}
