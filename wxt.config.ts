import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome gets the side panel; Firefox gets sidebar_action (WXT maps the sidepanel entrypoint).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'MPP Context',
    description:
      'Source context for news about the Migrant Protection Protocols ("Remain in Mexico"). Runs locally; sends nothing anywhere.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'MPP Context' },
    // The lazily loaded popover UI must be importable from content scripts.
    web_accessible_resources: [{ resources: ['popover-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open the MPP Context sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mpp-context@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
