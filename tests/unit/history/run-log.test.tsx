// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { Run } from '../../../core/history';
import { RunLog, type RunLogActions } from '../../../components/history/RunLog';
import { uiText } from '../../../ui-text/ui-text';
import type { PageReport } from '../../../page/report';

const report = (url: string): PageReport => ({
  url,
  adapter: { id: 'strava', name: 'Strava' },
  posts: [{ key: 1, ...analyze('Mid back sore again after the long run.') }],
  activeCount: 1,
  facts: { activityType: 'run', distanceKm: 30 },
});

function fakeLog(on: boolean) {
  const runs = new Map<string, Run>();
  let flag = on;
  return {
    runs,
    actions: {
      isOn: vi.fn(() => Promise.resolve(flag)),
      setOn: vi.fn((value: boolean) => Promise.resolve(void (flag = value))),
      log: vi.fn((run: Run) => Promise.resolve(runs.set(run.id, run).size)),
      openMyBack: vi.fn(),
    } satisfies RunLogActions,
  };
}

describe('RunLog', () => {
  afterEach(cleanup);
  const text = uiText().myBack;

  it('keeps nothing until the runner opts in, then keeps this run', async () => {
    const { runs, actions } = fakeLog(false);
    render(<RunLog text={text} report={report('https://www.strava.com/activities/42')} actions={actions} />);
    const box = await screen.findByRole('checkbox', { name: 'Keep a private log of my runs' });
    expect(actions.log).not.toHaveBeenCalled();
    fireEvent.click(box);
    await screen.findByText('This run is in your log (1 run in all).');
    expect(runs.get('strava:42')).toMatchObject({ distanceKm: 30, back: { pain: true, regions: ['mid'] } });
  });

  it('keeps each activity page’s run once opted in', async () => {
    const { runs, actions } = fakeLog(true);
    render(<RunLog text={text} report={report('https://www.strava.com/activities/43')} actions={actions} />);
    await screen.findByText(/This run is in your log/);
    expect([...runs.keys()]).toEqual(['strava:43']);
  });

  it('shows nothing off an activity page', async () => {
    const { actions } = fakeLog(true);
    const { container } = render(<RunLog text={text} report={report('https://www.strava.com/dashboard')} actions={actions} />);
    await Promise.resolve();
    expect(container.textContent).toBe('');
    expect(actions.log).not.toHaveBeenCalled();
  });
});
