import { browser } from 'wxt/browser';
import type { RunLogActions } from '../../components/history/RunLog';
import { HistoryStore } from './history-store';

/** The opt-in flag, apart from the settings: nothing but the popup's run log reads it. */
const LOG_KEY = 'historyLog';

/** The popup's run log: the opt-in in `storage.local`, the runs in the extension's IndexedDB. */
export function browserRunLogActions(): RunLogActions {
  return {
    isOn: async () => (await browser.storage.local.get(LOG_KEY))[LOG_KEY] === true,
    setOn: (on) => browser.storage.local.set({ [LOG_KEY]: on }),
    async log(run) {
      const store = await HistoryStore.open();
      try {
        await store.saveLogged(run);
        return await store.count();
      } finally {
        store.close();
      }
    },
    openMyBack() {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#my-back') }).then(() => window.close());
    },
  };
}
