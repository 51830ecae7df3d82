import { useEffect, useState } from 'preact/hooks';
import { knowledge, type KnowledgeBundle } from '../core/knowledge';
import type { PopupSubject } from '../extension/popup-subject';
import { selectionReport } from '../extension/selection-analysis';
import { SELECTION_COMMAND } from '../extension/selection-command';
import type { CommandKeys } from '../extension/shortcut-keys';
import type { SiteDecision } from '../extension/site-policy';
import { uiText } from '../ui-text/ui-text';
import { RunLog, type RunLogActions } from './history/RunLog';
import { Library } from './library/Library';
import type { LibraryTarget } from './library/library-target';
import { OffView } from './page/OffView';
import { PageView } from './page/PageView';
import { ShortcutList } from './shared/ShortcutList';
import { Tabs } from './shared/Tabs';

/** What the popup does in the browser; the entry point passes the real ones, tests pass fakes. */
export interface PopupActions {
  load: () => Promise<PopupSubject>;
  reveal: (tabId: number, postKey: number, mentionIndex: number) => Promise<boolean>;
  /** Where the settings stand on a tab's address; null for pages no extension may read. */
  decide: (url: string) => Promise<SiteDecision | null>;
  enable: (tabId: number, origin: string) => Promise<boolean>;
  openOptions: () => void;
  /** Each command's keys as the browser has them now. */
  shortcuts: () => Promise<CommandKeys>;
  /** Opens the browser's shortcut settings, where an extension may (not in Firefox). */
  openShortcutSettings?: () => void;
  /** The opt-in log of the runner's runs, on their activity pages. */
  runLog?: RunLogActions;
}

type State = { kind: 'loading' } | { kind: 'ready'; subject: PopupSubject; decision: SiteDecision | null; keys: CommandKeys };

/** The selected tab, and the Library entry a link asked for. */
type Shown = { tab: 'page' } | { tab: 'library'; focus?: LibraryTarget };

export function Popup({ actions, kb = knowledge() }: { actions: PopupActions; kb?: KnowledgeBundle }) {
  const text = uiText(kb.locale).popup;
  const [shown, setShown] = useState<Shown>({ tab: 'page' });
  const openInLibrary = (focus: LibraryTarget) => setShown({ tab: 'library', focus });
  const [state, setState] = useState<State>({ kind: 'loading' });
  // Bumped after Backlight is turned on for the tab, to read the page it now scans.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const settle = async () => {
      const subject = await actions.load().catch((): PopupSubject => ({ kind: 'off' }));
      const offUrl = subject.kind === 'off' ? subject.url : undefined;
      const [decision, keys] = await Promise.all([
        offUrl ? actions.decide(offUrl).catch(() => null) : null,
        actions.shortcuts().catch((): CommandKeys => ({})),
      ]);
      setState({ kind: 'ready', subject, decision, keys });
    };
    void settle();
  }, [actions, generation]);

  const enable = async (tabId: number | undefined, origin: string) => {
    if (tabId === undefined) return false;
    const enabled = await actions.enable(tabId, origin);
    // The script just injected reads its settings before it answers: give it a moment.
    if (enabled) setTimeout(() => setGeneration((g) => g + 1), 500);
    return enabled;
  };

  const pagePanel = () => {
    if (state.kind === 'loading') return <p role="status">{text.loading}</p>;
    const { subject } = state;
    if (subject.kind === 'selection') {
      return (
        <>
          <h2 class="view-title">{text.selectionTitle}</h2>
          <blockquote class="selection-text">{subject.selection.text}</blockquote>
          <PageView kb={kb} report={selectionReport(subject.selection)} openInLibrary={openInLibrary} emptyText={text.selectionEmpty} />
        </>
      );
    }
    if (subject.kind === 'page') {
      return (
        <>
          <PageView
            kb={kb}
            report={subject.report}
            emptyText={text.noMentions}
            reveal={(postKey, index) => actions.reveal(subject.tabId, postKey, index)}
            openInLibrary={openInLibrary}
          />
          {actions.runLog && <RunLog text={uiText(kb.locale).myBack} report={subject.report} actions={actions.runLog} />}
          <ShortcutList text={uiText(kb.locale).shortcuts} keys={state.keys} openSettings={actions.openShortcutSettings} />
        </>
      );
    }
    return (
      <OffView
        kb={kb}
        url={subject.url}
        decision={state.decision}
        shortcut={state.keys[SELECTION_COMMAND] || null}
        enable={(origin) => enable(subject.tabId, origin)}
        openOptions={actions.openOptions}
      />
    );
  };

  return (
    <main aria-label={text.title}>
      <h1>{text.title}</h1>
      <Tabs
        label={text.tabsLabel}
        idPrefix="popup"
        selectedId={shown.tab}
        onSelect={(tab) => setShown({ tab: tab === 'library' ? 'library' : 'page' })}
        tabs={[
          { id: 'page', label: state.kind === 'ready' && state.subject.kind === 'selection' ? text.selectionTitle : text.pageTab, panel: pagePanel },
          { id: 'library', label: text.libraryTab, panel: () => <Library kb={kb} focus={shown.tab === 'library' ? shown.focus : undefined} /> },
        ]}
      />
    </main>
  );
}
