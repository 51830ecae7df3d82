// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledge } from '../../../core/knowledge';
import { Popup } from '../../../components/Popup';
import { fakeActions } from './popup-actions-fake';
import { QUIET_PAGE, THREAD } from './page-report-fixture';

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
    expect(screen.getByText('Or select it and press Alt+Shift+B.')).toBeTruthy();
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

  it('opens at the post whose card asked for the full explanation', async () => {
    const [, second] = THREAD.posts;
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: { ...THREAD, focusPostKey: second!.key } })} />);
    const groups = await screen.findAllByRole('group');
    const focused = groups.filter((group) => group.getAttribute('aria-current') === 'true');
    expect(focused).toHaveLength(1);
    expect(focused[0]!.textContent).toContain(second!.mentions.find((m) => m.status === 'active')!.text);
    await waitFor(() => expect(document.activeElement).toBe(focused[0]));
  });

  it('says so when the page has no mentions, and names the general reader', async () => {
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: QUIET_PAGE })} />);
    expect(await screen.findByText('No back-pain mentions on this page.')).toBeTruthy();
    expect(screen.getByText(/the general reader was used/)).toBeTruthy();
  });

  it('says when the text names no warning sign, without calling it harmless', async () => {
    const calm = { ...THREAD, posts: THREAD.posts.map((post) => ({ ...post, redFlags: [] })) };
    render(<Popup actions={fakeActions({ kind: 'page', tabId: 1, report: calm })} />);
    const note = await screen.findByRole('region', { name: kb.selfCare.label });
    expect(note.textContent).toContain(kb.selfCare.description);
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

  it('shows the most urgent warning first, then the summary, mentions by post, causes and remedies', async () => {
    const actions = fakeActions({ kind: 'page', tabId: 5, report: THREAD });
    const { container } = render(<Popup actions={actions} />);
    const banner = await screen.findByRole('region', { name: kb.tiers.emergency.label });
    expect(within(banner).getByText(kb.tiers.emergency.action)).toBeTruthy();
    const flagTitles = within(banner).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent);
    expect(flagTitles).toEqual([kb.redFlags['chest-pain'].title, kb.redFlags['night-pain'].title]);

    const summary = screen.getByText('3 mentions · mostly mid back');
    const panel = container.querySelector('[role="tabpanel"]')!;
    expect(panel.firstElementChild?.firstElementChild).toBe(banner);
    expect(banner.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(screen.getByRole('group', { name: 'u/hillbilly' })).toBeTruthy();
    expect(container.querySelectorAll('[aria-label="Mentions"] li')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: /lower back sore/ }));
    expect(actions.reveal).toHaveBeenCalledWith(5, 3, 1);

    const causes = screen.getByRole('region', { name: 'Possible factors on this page' });
    expect(within(causes).getAllByRole('listitem')[0]?.textContent).toContain(kb.causes.hills.title);
    expect(within(causes).getByText('Mentioned: ‘hill repeats’, ‘incline’')).toBeTruthy();
    expect(within(causes).getAllByText(`Link to back pain: ${kb.grades[kb.causes.hills.grade].label.toLowerCase()}`).length).toBeGreaterThan(0);

    const remedy = kb.remedies[kb.causes.hills.remedies[0]];
    expect(screen.getByRole('heading', { name: remedy.title })).toBeTruthy();
    expect(screen.getByText(remedy.firstStep)).toBeTruthy();
    expect(screen.getByText('Read with the Reddit reader.')).toBeTruthy();
  });

  it('shows an analysed selection without page links', async () => {
    const analysis = { mentions: THREAD.posts[0]!.mentions, causes: THREAD.posts[0]!.causes, redFlags: [] };
    render(<Popup actions={fakeActions({ kind: 'selection', selection: { tabId: 2, text: 'my mid back burning', analysis, at: 0 } })} />);
    expect(await screen.findByText('1 mention · mostly mid back')).toBeTruthy();
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
