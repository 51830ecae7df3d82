import { useEffect, useState } from 'preact/hooks';
import { loggedRun, startOf, type Run } from '../../core/history';
import type { PageReport } from '../../page/report';
import type { MyBackText } from '../../ui-text/my-back-text';

/** What the popup's run log needs from the browser; tests pass fakes. */
export interface RunLogActions {
  isOn(): Promise<boolean>;
  setOn(on: boolean): Promise<void>;
  /** Keeps the run, merged with any stored under its id; resolves with the runs now stored. */
  log(run: Run): Promise<number>;
  openMyBack(): void;
}

/**
 * On the runner's activity page: the opt-in "Keep a private log of my runs". Once on, the run
 * of every activity page the popup opens on is kept (with its facts and its notes' reading).
 */
export function RunLog({ text, report, actions, now = () => new Date() }: { text: MyBackText; report: PageReport; actions: RunLogActions; now?: () => Date }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  const run = loggedRun({ url: report.url, facts: report.facts, posts: report.posts, seenAt: startOf(now()) });

  const keep = () => {
    if (!run) return;
    actions.log(run).then(
      (total) => setStatus(text.logged(total)),
      () => setStatus(text.logFailed),
    );
  };

  useEffect(() => {
    void actions.isOn().then((value) => {
      setOn(value);
      if (value) keep();
    });
  }, [actions, report]);

  if (!run || on === null) return null;
  return (
    <section class="run-log" aria-label={text.logLabel}>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="run-log-help"
          onChange={(e) => {
            const value = e.currentTarget.checked;
            setOn(value);
            setStatus('');
            void actions.setOn(value).then(() => value && keep());
          }}
        />
        {text.logLabel}
      </label>
      <p id="run-log-help" class="help">
        {text.logHelp}
      </p>
      <p role="status" class="run-log-status">
        {status}
      </p>
      <button type="button" class="link-button" onClick={actions.openMyBack}>
        {text.openMyBack}
      </button>
    </section>
  );
}
