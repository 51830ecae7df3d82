// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeRuns, parseExport, type Run } from '../../../core/history';
import { knowledge } from '../../../core/knowledge';
import { MyBack } from '../../../components/history/MyBack';
import type { MyBackActions } from '../../../components/history/my-back-actions';
import { parseOptionsHash } from '../../../components/options/OptionsPage';
import { syntheticStravaExport } from '../../fixtures/history/strava-export';

/** Actions over an in-memory store; `read` parses the file's text with the real core. */
function fakeActions(initial: Run[] = []) {
  let stored = initial;
  return {
    load: vi.fn(() => Promise.resolve(stored)),
    read: vi.fn(async (file: File, onProgress: (done: number) => void) => {
      const result = parseExport(await file.text());
      onProgress(1);
      return result;
    }),
    save: vi.fn((runs: readonly Run[]) => {
      const before = stored.length;
      stored = mergeRuns(stored, runs);
      return Promise.resolve({ added: stored.length - before, updated: runs.length - (stored.length - before) });
    }),
    clear: vi.fn(() => Promise.resolve(void (stored = []))),
    download: vi.fn(),
  } satisfies MyBackActions;
}

const pick = (file: File) => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

describe('MyBack', () => {
  afterEach(cleanup);

  it('imports an export and shows the planted factors first, in words', async () => {
    const actions = fakeActions();
    render(<MyBack actions={actions} kb={knowledge()} />);
    await screen.findByText(/No runs yet/);
    pick(new File([syntheticStravaExport(1200).csv], 'activities.csv', { type: 'text/csv' }));
    await screen.findByText(/Strava: .* added/);
    const rows = [...document.querySelectorAll('table.factors tbody tr')];
    expect(rows.slice(0, 2).map((r) => r.getAttribute('data-factor')).sort()).toEqual(['distance-over-25', 'pack-or-vest']);
    expect(rows[0]!.textContent).toContain('More common in your painful runs');
    expect(screen.getByRole('link', { name: 'About carrying a pack or vest' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Weekly distance, \d+ weeks/ })).toBeTruthy();
  }, 20_000);

  it('refuses a wrong file with a clear message and stores nothing', async () => {
    const actions = fakeActions();
    render(<MyBack actions={actions} kb={knowledge()} />);
    await screen.findByText(/No runs yet/);
    pick(new File(['Date,Steps\n2024-01-01,9000\n'], 'steps.csv'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not an activities export.*Nothing was changed/);
    expect(actions.save).not.toHaveBeenCalled();
  });

  it('deletes everything after asking twice', async () => {
    const actions = fakeActions(parseExport(syntheticStravaExport(40).csv).runs);
    render(<MyBack actions={actions} kb={knowledge()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all my runs' }));
    expect(actions.clear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete every run' }));
    await screen.findByText(/No runs yet/);
    expect(actions.clear).toHaveBeenCalledOnce();
  });
});

describe('parseOptionsHash', () => {
  it('reads the tab and the Library entry from the address', () => {
    expect(parseOptionsHash('#my-back')).toEqual({ tab: 'my-back' });
    expect(parseOptionsHash('#library/hills')).toEqual({ tab: 'library', cause: 'hills' });
    expect(parseOptionsHash('')).toEqual({ tab: 'settings' });
    expect(parseOptionsHash('#nonsense')).toEqual({ tab: 'settings' });
  });
});
