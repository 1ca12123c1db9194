/**
 * The sidebar's and reader's service: workbench calls (search, seeds, notes) answered in this
 * page over the shared Dexie index; background calls go to the service worker.
 */
import { browser } from 'wxt/browser';
import type { BackgroundCalls, WorkbenchCalls } from '../../lib/messaging/contract';
import { createClient, type Client } from '../../lib/messaging/rpc';
import { MppDatabase } from '../../lib/db/database';
import { createWorkbench } from '../../lib/service/workbench';
import { fetchExtensionText as fetchText } from './extension-files';
import { loadSeedFiles } from '../../lib/service/seed-files';

export const toBackground: Client<BackgroundCalls> = createClient<BackgroundCalls>((message) =>
  browser.runtime.sendMessage(message),
);

let handlers: ReturnType<typeof createWorkbench> | null = null;

/** Created on first call, so a page that never searches or keeps notes never opens the database. */
export const workbench: Client<WorkbenchCalls> = async (type, payload) => {
  handlers ??= createWorkbench({
    db: new MppDatabase(),
    ensurePack: async () => {
      await toBackground('pack.ensure', {});
    },
    loadSeedTexts: (pack) => loadSeedFiles(pack, fetchText),
  });
  const handler = handlers[type] as (p: typeof payload, sender: object) => Promise<unknown>;
  return handler(payload, {}) as never;
};
