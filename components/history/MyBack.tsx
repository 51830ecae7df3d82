import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareFactors, ImportError, mergeRuns, weeklyDistance, type Run } from '../../core/history';
import type { KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import { FactorTable } from './FactorTable';
import { HistoryData } from './HistoryData';
import { ImportZone } from './ImportZone';
import type { MyBackActions } from './my-back-actions';
import { WeeklyChart } from './WeeklyChart';

type Notice = { kind: 'status' | 'error'; message: string };

/** The runner's own history: import, what painful runs share, weekly distance, the data itself. */
export function MyBack({ actions, kb }: { actions: MyBackActions; kb: KnowledgeBundle }) {
  const text = uiText(kb.locale).myBack;
  const [runs, setRuns] = useState<Run[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const comparisons = useMemo(() => (runs ? compareFactors(runs) : []), [runs]);
  const weeks = useMemo(() => (runs ? weeklyDistance(runs) : []), [runs]);

  useEffect(() => {
    void actions.load().then(setRuns);
  }, [actions]);

  const importFile = async (file: File) => {
    setNotice({ kind: 'status', message: text.importing });
    setProgress(0);
    try {
      const result = await actions.read(file, setProgress);
      const saved = await actions.save(result.runs);
      // The store merged them the same way: no need to read every run back.
      setRuns((stored) => mergeRuns(stored ?? [], result.runs));
      setNotice({
        kind: 'status',
        message: text.imported(saved.added, saved.updated, result.notRuns, result.unreadable, result.format.name),
      });
    } catch (error) {
      setNotice({ kind: 'error', message: error instanceof ImportError ? text.problems[error.problem] : text.readFailed });
    } finally {
      setProgress(null);
    }
  };

  const painRuns = runs?.filter((run) => run.back.pain).length ?? 0;
  return (
    <main class="my-back" aria-labelledby="my-back-title">
      <h1 id="my-back-title">{text.heading}</h1>
      <p>{text.intro}</p>
      <p class="help">{text.privacy}</p>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{text.importHeading}</h2>
        <ImportZone text={text} busy={progress !== null} onFile={(file) => void importFile(file)} />
        {progress !== null && <progress max={1} value={progress} aria-label={text.progressLabel} />}
        <p role="status" class="import-status">
          {notice?.kind === 'status' ? notice.message : ''}
        </p>
        <p role="alert" class="import-error">
          {notice?.kind === 'error' ? notice.message : ''}
        </p>
      </section>

      {runs === null ? (
        <p>{text.loading}</p>
      ) : runs.length === 0 ? (
        <p class="history-summary">{text.noRuns}</p>
      ) : (
        <>
          <p class="history-summary">{text.summary(runs.length, painRuns)}</p>
          <section aria-labelledby="factors-heading">
            <h2 id="factors-heading">{text.factorsHeading}</h2>
            <p class="help">{text.factorsHelp}</p>
            <p class="help">{text.notCausal}</p>
            <FactorTable text={text} kb={kb} comparisons={comparisons} />
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{text.timelineHeading}</h2>
            <WeeklyChart text={text} weeks={weeks} />
          </section>
        </>
      )}
      {runs && runs.length > 0 && (
        <HistoryData
          text={text}
          runs={runs}
          actions={actions}
          onDeleted={() => {
            setRuns([]);
            setNotice({ kind: 'status', message: text.deleted });
          }}
        />
      )}
    </main>
  );
}
