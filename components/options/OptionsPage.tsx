import { useEffect, useState } from 'preact/hooks';
import { knowledge, type KnowledgeBundle } from '../../core/knowledge';
import type { CauseId } from '../../core/vocabulary';
import { uiText } from '../../ui-text/ui-text';
import type { MyBackActions } from '../history/my-back-actions';
import { MyBack } from '../history/MyBack';
import { Library } from '../library/Library';
import { Tabs } from '../shared/Tabs';
import { Options, type OptionsActions } from './Options';

const TAB_IDS = ['settings', 'my-back', 'library'] as const;
type TabId = (typeof TAB_IDS)[number];

/** `#my-back` → my-back; `#library/hills` → library, and the entry to show. */
export function parseOptionsHash(hash: string): { tab: TabId; cause?: string } {
  const [tab = '', cause] = hash.replace(/^#/, '').split('/');
  return TAB_IDS.includes(tab as TabId) ? { tab: tab as TabId, ...(cause ? { cause } : {}) } : { tab: 'settings' };
}

/**
 * The options page: settings, the runner's own history ("My back", linked from the popup as
 * `options.html#my-back`) and the Library its factors link to. The address keeps the tab.
 */
export function OptionsPage({
  actions,
  myBackActions,
  kb = knowledge(),
  win = window,
}: {
  actions: OptionsActions;
  myBackActions: MyBackActions;
  kb?: KnowledgeBundle;
  win?: Window;
}) {
  const text = uiText(kb.locale).myBack;
  const [place, setPlace] = useState(() => parseOptionsHash(win.location.hash));

  useEffect(() => {
    const follow = () => setPlace(parseOptionsHash(win.location.hash));
    win.addEventListener('hashchange', follow);
    return () => win.removeEventListener('hashchange', follow);
  }, [win]);

  return (
    <Tabs
      label={text.tabsLabel}
      idPrefix="options"
      selectedId={place.tab}
      onSelect={(id) => {
        win.history.replaceState(null, '', `#${id}`);
        setPlace({ tab: id as TabId });
      }}
      tabs={[
        { id: 'settings', label: text.settingsTab, panel: () => <Options actions={actions} kb={kb} /> },
        { id: 'my-back', label: text.tab, panel: () => <MyBack actions={myBackActions} kb={kb} /> },
        {
          id: 'library',
          label: text.libraryTab,
          panel: () => (
            <main aria-labelledby="library-title">
              <h1 id="library-title">{text.libraryTab}</h1>
              <Library kb={kb} focus={place.cause ? { kind: 'cause', id: place.cause as CauseId } : undefined} />
            </main>
          ),
        },
      ]}
    />
  );
}
