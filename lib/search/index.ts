export {
  createSearch,
  type PackSearch,
  type SearchOptions,
  type SearchResult,
  type SearchType,
} from './search';
export { rankRelatedSources, type RelatedSource } from './related';
