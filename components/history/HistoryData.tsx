import { useMemo, useState } from 'preact/hooks';
import { runsToCsv, runsToJson, sizeOf, type Run } from '../../core/history';
import type { MyBackText } from '../../ui-text/my-back-text';
import { formatBytes } from './format-share';
import type { MyBackActions } from './my-back-actions';

/** The runner's data: how much, take it away, delete it all (asked twice). */
export function HistoryData({
  text,
  runs,
  actions,
  onDeleted,
}: {
  text: MyBackText;
  runs: readonly Run[];
  actions: MyBackActions;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const size = useMemo(() => formatBytes(sizeOf(runs)), [runs]);
  return (
    <section aria-labelledby="history-data-heading">
      <h2 id="history-data-heading">{text.dataHeading}</h2>
      <p class="data-size">{text.dataSize(runs.length, size)}</p>
      <p class="actions">
        <button type="button" onClick={() => actions.download('backlight-runs.json', 'application/json', runsToJson(runs))}>
          {text.exportJson}
        </button>{' '}
        <button type="button" onClick={() => actions.download('backlight-runs.csv', 'text/csv', runsToCsv(runs))}>
          {text.exportCsv}
        </button>{' '}
        {confirming ? (
          <button
            type="button"
            class="danger"
            onClick={() =>
              void actions.clear().then(() => {
                setConfirming(false);
                onDeleted();
              })
            }
          >
            {text.confirmDelete}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {text.deleteAll}
          </button>
        )}
      </p>
    </section>
  );
}
