// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledge } from '../../../core/knowledge';
import { Popup } from '../../../components/Popup';
import { fakeActions } from './popup-actions-fake';
import { CALM_THREAD, MANY_CAUSES, QUIET_PAGE, THREAD } from './page-report-fixture';
import { remediesFor } from '../../../components/page/remedies-for';

const kb = knowledge();

describe('Popup', () => {
  afterEach(cleanup);

  it('says it is reading the page while the report is on its way', () => {
    render(<Popup actions={fakeActions(new Promise(() => {}))} />);
    expect(screen.getByRole('status').textContent).toBe('Reading this page…');
  });

  it('offers one click to turn Backlight on for a site it isn’t running on', async () => {
    const actions = fakeActions({ kind: 'off', tabId: 7, url: 'https://forum.example.com/t/1' }, { run: false, why: 'not-added' });
    render(<Popup actions={actions} />);
    const button = await screen.findByRole('button', { name: 'Turn on for forum.example.com' });
    fireEvent.click(button);
    expect(actions.enable).toHaveBeenCalledWith(7, 'https://forum.example.com');
    expect(await screen.findByText('Turned on. Reading the page…')).toBeTruthy();
    expect(screen.getByText(/right-click and choose “Analyse with Backlight”/)).toBeTruthy();
    expect(screen.getByText('Or select it and press Alt+Shift+Y.')).toBeTruthy();
  });

  it('explains pages no extension may read, and Reddit outside running subreddits', async () => {
    render(<Popup actions={fakeActions({ kind: 'off', tabId: 1, url: 'chrome://settings' })} />);
    expect(await screen.findByText('Browsers don’t let extensions read this kind of page.')).toBeTruthy();
    cleanup();
    const reddit = fakeActions({ kind: 'off', tabId: 1, url: 'https://www.reddit.com/r/news/' }, { run: false, why: 'not-a-running-subreddit' });
    render(<Popup actions={reddit} />);
    expect(await screen.findByText(/reads running subreddits only/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Turn on/ })).toBeNull();
    cleanup();
    const thread = fakeActions({ kind: 'off', tabId: 1, url: 'https://www.reddit.com/r/running/comments/1/x/' }, { run: false, why: 'thread-off' });
    render(<Popup actions={thread} />);
    expect(await screen.findByText('Backlight is turned off on this thread, from its card. Its options turn it back on.')).toBeTruthy();
  });

  it('opens at the post whose card asked for the full explanation, unfolding every mention', async () => {
    const [, second] = THREAD.posts;
    const { container } = render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: { ...THREAD, focusPostKey: second!.key } })} />);
    const groups = await screen.findAllByRole('group');
    const focused = groups.filter((group) => group.getAttribute('aria-current') === 'true');
    expect(focused).toHaveLength(1);
    expect(focused[0]!.textContent).toContain(second!.mentions.find((m) => m.status === 'active')!.text);
    expect(container.querySelector<HTMLDetailsElement>('details.every-mention')!.open).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(focused[0]));
  });

  it('says so when the page has no mentions, and names the general reader', async () => {
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: QUIET_PAGE })} />);
    expect(await screen.findByText('No back-pain mentions on this page.')).toBeTruthy();
    expect(screen.getByText(/the general reader was used/)).toBeTruthy();
  });

  it('says when the text names no warning sign, without calling it harmless, after what can help', async () => {
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: CALM_THREAD })} />);
    const note = await screen.findByRole('region', { name: kb.selfCare.label });
    expect(note.textContent).toContain(kb.selfCare.description);
    const remedies = screen.getByRole('region', { name: 'What can help' });
    expect(remedies.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    cleanup();
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: THREAD })} />);
    await screen.findByRole('region', { name: kb.tiers.emergency.label });
    expect(screen.queryByRole('region', { name: kb.selfCare.label })).toBeNull();
  });

  it('says which site reader found nothing when the general reader stood in for it', async () => {
    const report = { ...QUIET_PAGE, fellBackFrom: { id: 'reddit', name: 'Reddit' } };
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report })} />);
    expect(await screen.findByText(/The Reddit reader found no posts here/)).toBeTruthy();
  });

  it('answers first: the summary, the warning signs, the top factors, then what can help folded under an emergency', async () => {
    const actions = fakeActions({ kind: 'page', tabId: 5, report: THREAD });
    const { container } = render(<Popup actions={actions} />);
    const banner = await screen.findByRole('region', { name: kb.tiers.emergency.label });
    const summary = screen.getByText('3 mentions, mostly mid back; warning signs in 2 posts');
    const view = container.querySelector('.page-view')!;
    expect(view.firstElementChild).toBe(summary);
    expect(summary.nextElementSibling).toBe(banner);
    expect(within(banner).getAllByText(`If this is you: ${kb.tiers.emergency.action}`)).toHaveLength(1);
    const lines = within(banner).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Warning signs in u/treadie’s post: ‘chest tight’ Show',
      `Warning signs in u/hillbilly’s post: ‘wakes me up at night’ (${kb.tiers['same-day'].label}) Show`,
    ]);
    fireEvent.click(within(banner).getAllByRole('button', { name: 'Show' })[0]!);
    expect(actions.reveal).toHaveBeenCalledWith(5, 2, 0);

    const causes = screen.getByRole('region', { name: 'Possible factors on this page' });
    expect(banner.nextElementSibling).toBe(causes);
    expect(within(causes).getAllByRole('listitem')[0]?.textContent).toContain(kb.causes.hills.title);
    expect(within(causes).getByText('Mentioned: ‘hill repeats’, ‘incline’')).toBeTruthy();
    expect(within(causes).getAllByText(`Link to back pain: ${kb.grades[kb.causes.hills.grade].label.toLowerCase()}`).length).toBeGreaterThan(0);

    // Self-care does not sit open under an emergency warning.
    const fold = causes.nextElementSibling as HTMLDetailsElement;
    expect(fold.tagName).toBe('DETAILS');
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')?.textContent).toBe('If it is not an emergency: what can help');
    const remedy = kb.remedies[kb.causes.hills.remedies[0]];
    expect(within(fold).getByRole('heading', { name: remedy.title, hidden: true })).toBeTruthy();
    expect(within(fold).getByText(remedy.firstStep)).toBeTruthy();

    const mentions = container.querySelector<HTMLDetailsElement>('details.every-mention')!;
    expect(fold.compareDocumentPosition(mentions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(mentions.open).toBe(false);
    expect(mentions.querySelector('summary')?.textContent).toBe('Every mention on this page (3)');
    expect(mentions.querySelectorAll('[aria-label="Mentions"] li')).toHaveLength(3);
    fireEvent.click(within(mentions).getByRole('button', { name: /lower back sore/, hidden: true }));
    expect(actions.reveal).toHaveBeenCalledWith(5, 3, 1);
    expect(screen.getByText('Read with the Reddit reader.')).toBeTruthy();
  });

  it('keeps what can help open under a warning sign short of an emergency', async () => {
    const sameDay = { ...CALM_THREAD, posts: CALM_THREAD.posts.map((p, i) => (i === 0 ? THREAD.posts[0]! : p)) };
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: sameDay })} />);
    await screen.findByRole('region', { name: kb.tiers['same-day'].label });
    expect(screen.getByText('3 mentions, mostly mid back; warning signs in 1 post')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'What can help' }).closest('details')).toBeNull();
    expect(screen.queryByText('If it is not an emergency: what can help')).toBeNull();
  });

  it('shows three factors and three remedies by name and first step, and folds the rest', async () => {
    const { container } = render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: MANY_CAUSES })} />);
    const causes = await screen.findByRole('region', { name: 'Possible factors on this page' });
    const shown = container.querySelector('.causes')!;
    expect([...shown.children].map((li) => li.querySelector('a')?.textContent)).toEqual(
      (['footwear', 'hills', 'treadmill'] as const).map((id) => kb.causes[id].title),
    );
    const moreCauses = within(causes).getByText('Show all 4 factors').closest('details')!;
    expect(moreCauses.open).toBe(false);
    expect(moreCauses.textContent).toContain(kb.causes['prolonged-sitting'].title);

    const remedies = screen.getByRole('region', { name: 'What can help' });
    expect(remedies.closest('details')).toBeNull();
    const ranked = remediesFor(kb, ['footwear', 'hills', 'treadmill', 'prolonged-sitting']);
    const top = [...remedies.querySelectorAll(':scope > .remedy h3')].map((h) => h.textContent);
    expect(top).toEqual(ranked.slice(0, 3).map((id) => kb.remedies[id].title));
    for (const id of ranked.slice(0, 3)) expect(within(remedies).getByText(kb.remedies[id].firstStep)).toBeTruthy();
    const moreRemedies = within(remedies).getByText(`${ranked.length - 3} more things that can help`).closest('details')!;
    expect(moreRemedies.open).toBe(false);
    expect(moreRemedies.querySelectorAll('.remedy')).toHaveLength(ranked.length - 3);
  });

  it('opens a factor’s or a remedy’s name in the Library, at its entry', async () => {
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: MANY_CAUSES })} />);
    fireEvent.click(await screen.findByRole('link', { name: kb.causes.hills.title }));
    expect(screen.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected')).toBe('true');
    const entry = screen.getByRole('article', { name: kb.causes.hills.title });
    await waitFor(() => expect(document.activeElement).toBe(entry));

    fireEvent.click(screen.getByRole('tab', { name: 'This page' }));
    const remedy = kb.remedies[remediesFor(kb, ['footwear'])[0]!];
    fireEvent.click(await screen.findByRole('link', { name: remedy.title }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('article', { name: remedy.title })));
  });

  it('shows the shortcuts with the keys the browser reports, and where to change them', async () => {
    const actions = fakeActions({ kind: 'page', tabId: 1, report: CALM_THREAD });
    render(<Popup actions={actions} />);
    const list = await screen.findByRole('region', { name: 'Shortcuts' });
    const rows = [...list.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(rows).toEqual([
      ['Alt+Shift+J', 'next mark, with its card'],
      ['not set', 'previous mark'],
      ['Esc', 'close the card'],
      ['Alt+Shift+Y', 'analyse the text you selected, on any site'],
    ]);
    fireEvent.click(within(list).getByRole('button', { name: 'Change the shortcuts' }));
    expect(actions.openShortcutSettings).toHaveBeenCalledOnce();
    cleanup();
    render(<Popup actions={{ ...fakeActions({ kind: 'page', tabId: 1, report: CALM_THREAD }), openShortcutSettings: undefined }} />);
    const firefox = await screen.findByRole('region', { name: 'Shortcuts' });
    expect(within(firefox).queryByRole('button')).toBeNull();
    expect(firefox.textContent).toContain('Manage Extension Shortcuts');
  });

  it('shows an analysed selection without page links', async () => {
    const analysis = { mentions: THREAD.posts[0]!.mentions, causes: THREAD.posts[0]!.causes, redFlags: [] };
    render(<Popup actions={fakeActions({ kind: 'selection', selection: { tabId: 2, text: 'my mid back burning', analysis, at: 0 } })} />);
    expect(await screen.findByText('1 mention, mostly mid back')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Selected text' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /mid back burning/ })).toBeNull();
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: QUIET_PAGE })} />);
    const pageTab = screen.getByRole('tab', { name: 'This page' });
    expect(pageTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(pageTab, { key: 'ArrowRight' });
    const libraryTab = screen.getByRole('tab', { name: 'Library' });
    expect(libraryTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(libraryTab);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(libraryTab.id);
    fireEvent.keyDown(libraryTab, { key: 'Home' });
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Library' }).getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('tabindex')).toBe('-1');
  });
});
