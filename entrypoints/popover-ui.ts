/**
 * The popover UI, loaded by the content script on first need (a hover or keyboard focus) so
 * that Preact and Floating UI cost nothing on pages that never mention the policy.
 */
import { createPopoverController } from '../components/popover/controller';

export default defineUnlistedScript(() => {
  (globalThis as { __mppPopoverUi?: unknown }).__mppPopoverUi = { createPopoverController };
});
