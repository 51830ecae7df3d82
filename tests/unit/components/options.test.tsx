// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsActions } from '../../../components/options/Options';
import { defaultSettings, type Settings, type ValidatedSettings } from '../../../extension/settings-schema';

function fakeOptions(initial: ValidatedSettings) {
  let stored = initial.settings;
  return {
    load: vi.fn(() => Promise.resolve({ settings: stored, problems: initial.problems })),
    save: vi.fn((s: Settings) => {
      stored = s;
      return Promise.resolve();
    }),
    reset: vi.fn(() => Promise.resolve((stored = defaultSettings()))),
    addSite: vi.fn((origin: string) => {
      stored = { ...stored, userSites: [...stored.userSites, origin] };
      return Promise.resolve(true);
    }),
    removeSite: vi.fn(() => Promise.resolve()),
  } satisfies OptionsActions;
}

describe('Options', () => {
  afterEach(cleanup);

  it('shows a notice naming the settings that were reset', async () => {
    render(<Options actions={fakeOptions({ settings: defaultSettings(), problems: ['cardDelayMs'] })} />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('could not be read');
    expect(notice.textContent).toContain('cardDelayMs');
  });

  it('saves each change', async () => {
    const actions = fakeOptions({ settings: defaultSettings(), problems: [] });
    render(<Options actions={actions} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Strava' }));
    expect(actions.save).toHaveBeenLastCalledWith(expect.objectContaining({ sites: expect.objectContaining({ strava: false }) }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'All of Reddit' }));
    fireEvent.click(screen.getByRole('radio', { name: 'A background tint' }));
    expect(actions.save).toHaveBeenLastCalledWith(
      expect.objectContaining({ allOfReddit: true, highlight: { mode: 'background', colour: 'purple' } }),
    );
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('lists the sites and threads turned off from a card, each with its way back on', async () => {
    const thread = 'https://www.reddit.com/r/running/comments/1abc/mid_back/';
    const actions = fakeOptions({ settings: { ...defaultSettings(), disabledHosts: ['www.letsrun.com'], disabledThreads: [thread] }, problems: [] });
    render(<Options actions={actions} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn back on for the thread www.reddit.com/r/running/comments/1abc/mid_back/' }));
    expect(actions.save).toHaveBeenLastCalledWith(expect.objectContaining({ disabledThreads: [], disabledHosts: ['www.letsrun.com'] }));
    expect(screen.getByRole('button', { name: 'Turn back on for www.letsrun.com' })).toBeTruthy();
  });

  it('adds a site by its origin and refuses what isn’t an address', async () => {
    const actions = fakeOptions({ settings: defaultSettings(), problems: [] });
    render(<Options actions={actions} />);
    const input = await screen.findByRole('textbox', { name: 'Site address' });
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/doesn’t look like a web address/);
    fireEvent.input(input, { target: { value: 'forum.example.com/t/1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(actions.addSite).toHaveBeenCalledWith('https://forum.example.com');
    expect(await screen.findByRole('button', { name: 'Remove https://forum.example.com' })).toBeTruthy();
  });

  it('resets to the defaults', async () => {
    const actions = fakeOptions({ settings: { ...defaultSettings(), badge: false }, problems: [] });
    render(<Options actions={actions} />);
    const badge = (await screen.findByRole('checkbox', { name: /toolbar button/ })) as HTMLInputElement;
    expect(badge.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    expect(await screen.findByText('All settings are back to their defaults.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /toolbar button/ }) as HTMLInputElement).checked).toBe(true);
  });
});
