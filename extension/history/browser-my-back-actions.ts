import type { MyBackActions } from '../../components/history/my-back-actions';
import { HistoryStore } from './history-store';
import { importFile } from './import-file';

/** The "My back" tab's actions in the options page: the extension's IndexedDB, a local download. */
export function browserMyBackActions(): MyBackActions {
  let store: Promise<HistoryStore> | undefined;
  const open = () => (store ??= HistoryStore.open());
  return {
    load: async () => (await open()).runs(),
    read: (file, onProgress) => importFile(file, onProgress),
    save: async (runs) => (await open()).save(runs),
    clear: async () => (await open()).clear(),
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  };
}
