import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '../page/report';
import { REGION_LABELS } from './region-labels';

type State = { kind: 'loading' } | { kind: 'off' } | { kind: 'ready'; report: PageReport };

export function Popup({ load }: { load: () => Promise<PageReport | null> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    load().then(
      (report) => setState(report ? { kind: 'ready', report } : { kind: 'off' }),
      () => setState({ kind: 'off' }),
    );
  }, [load]);

  return (
    <main aria-label="Backlight">
      <h1>Backlight</h1>
      {state.kind === 'loading' && <p role="status">Reading this page…</p>}
      {state.kind === 'off' && <p role="status">Backlight isn’t running on this page.</p>}
      {state.kind === 'ready' && <PageSummary report={state.report} />}
    </main>
  );
}

function PageSummary({ report }: { report: PageReport }) {
  const active = report.posts.flatMap((p) => p.mentions.filter((m) => m.status === 'active'));
  return (
    <section aria-label="Mentions on this page">
      <p class="summary" role="status">
        {active.length === 0
          ? 'No back-pain mentions on this page.'
          : `${active.length} back-pain mention${active.length === 1 ? '' : 's'} on this page`}
      </p>
      <ul class="posts" aria-label="Mentions">
        {active.map((m, i) => (
          <li class="post" key={i}>
            <span class="mention">“{m.text}”</span>
            <span class="region">{REGION_LABELS[m.region]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
