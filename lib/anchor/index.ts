export { anchor, type Anchored, type AnchorOptions } from './anchor';
export {
  describe,
  CONTEXT_LENGTH,
  type PassageSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextSelector,
} from './selectors';
