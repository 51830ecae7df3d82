import { useState } from 'preact/hooks';
import type { KnowledgeBundle } from '../../core/knowledge';
import type { SiteDecision } from '../../extension/site-policy';
import { uiText } from '../../ui-text/ui-text';

export interface OffViewProps {
  kb: KnowledgeBundle;
  /** The tab's address when the browser lets the popup see it. */
  url?: string;
  /** What the settings say about the tab's site; null when it isn't a web page. */
  decision: SiteDecision | null;
  shortcut: string | null;
  /** Must call `permissions.request` before any await (Firefox's user-gesture rule). */
  enable: (origin: string) => Promise<boolean>;
  openOptions: () => void;
}

/** Backlight isn't running in the tab: why, the one click that turns it on, and the selection route. */
export function OffView({ kb, url, decision, shortcut, enable, openOptions }: OffViewProps) {
  const text = uiText(kb.locale).popup;
  const [step, setStep] = useState<'idle' | 'enabling' | 'enabled' | 'refused'>('idle');
  const origin = url && decision ? new URL(url).origin : null;

  const onEnable = () => {
    if (!origin) return;
    setStep('enabling');
    enable(origin).then(
      (ok) => setStep(ok ? 'enabled' : 'refused'),
      () => setStep('refused'),
    );
  };

  return (
    <section class="off" aria-labelledby="off-heading">
      <h2 id="off-heading">{text.offHeading}</h2>
      {!decision && <p>{text.cannotRunHere}</p>}
      {decision?.why === 'not-added' && origin && (
        <>
          <p>{text.offExplanation}</p>
          <button type="button" class="primary" onClick={onEnable} disabled={step === 'enabling' || step === 'enabled'}>
            {text.enableOnSite(new URL(origin).host)}
          </button>
          {step !== 'idle' && (
            <p role="status">{{ enabling: text.enabling, enabled: text.enabled, refused: text.enableRefused }[step]}</p>
          )}
        </>
      )}
      {decision?.why === 'thread-off' && <p>{text.threadSwitchedOff}</p>}
      {decision?.why === 'not-a-running-subreddit' && <p>{text.redditRunningOnly}</p>}
      {(decision?.why === 'site-off' || decision?.why === 'host-off') && <p>{text.siteSwitchedOff}</p>}
      {decision?.run && <p>{text.reloadPage}</p>}
      <p>{text.selectionHowTo}</p>
      {shortcut && <p>{text.selectionShortcut(shortcut)}</p>}
      <button type="button" class="link-button" onClick={openOptions}>
        {text.openOptions}
      </button>
    </section>
  );
}
