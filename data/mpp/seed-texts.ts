/**
 * The seed articles' texts for extension pages and the background, bundled at build time from
 * seeds/ (the CLI reads them from disk through lib/node/seeds.ts instead).
 */
const files = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const seedTexts: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
