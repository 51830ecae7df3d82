import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PAGE_KEY } from '../../../extension/dismissed-mentions';
import { loadSettings, migrateStoredSettings, SETTINGS_VERSION } from '../../../extension/settings';
import { defaultSettings, validateSettings } from '../../../extension/settings-schema';
import { siteDecision } from '../../../extension/site-policy';
import { MAX_THREADS, threadKey, withoutThread, withThread } from '../../../extension/turned-off-threads';

const THREAD = 'https://www.reddit.com/r/running/comments/1abc/mid_back_pain/';
const OTHER = 'https://www.reddit.com/r/running/comments/2def/hills/';

describe('threads turned off from a card', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys a thread by its path and query, never its fragment', () => {
    expect(threadKey(`${THREAD}#comment-3`)).toBe(threadKey(THREAD));
    expect(threadKey(OTHER)).not.toBe(threadKey(THREAD));
    const phpbb = 'https://forum.test/viewtopic.php?t=';
    expect(threadKey(`${phpbb}1`)).not.toBe(threadKey(`${phpbb}2`));
  });

  it('stops Backlight on that thread only, while the site runs on', () => {
    const settings = { ...defaultSettings(), disabledThreads: withThread([], THREAD) };
    expect(siteDecision(new URL(`${THREAD}#top`), settings)).toEqual({ run: false, why: 'thread-off' });
    expect(siteDecision(new URL(OTHER), settings)).toEqual({ run: true, why: 'default-site' });
    expect(siteDecision(new URL(THREAD), { ...settings, disabledThreads: withoutThread(settings.disabledThreads, threadKey(THREAD)) }).run).toBe(true);
  });

  it('stores a bounded key for a megabyte address, once, and only the newest threads', () => {
    const huge = `https://www.reddit.com/r/running/comments/${'x'.repeat(1_000_000)}/`;
    const once = withThread(withThread([], huge), huge);
    expect(once).toHaveLength(1);
    expect(once[0]!.length).toBeLessThanOrEqual(MAX_PAGE_KEY);
    const many = Array.from({ length: MAX_THREADS + 3 }, (_, i) => `https://forum.test/t/${i}`).reduce(withThread, [] as string[]);
    expect(many).toHaveLength(MAX_THREADS);
    expect(many[0]).toBe(threadKey('https://forum.test/t/3'));
  });

  it('validates what is stored: a wrong entry is dropped and named, the good ones kept', () => {
    const good = threadKey(THREAD);
    const { settings, problems } = validateSettings({ disabledThreads: [good, 42, '', 'y'.repeat(MAX_PAGE_KEY + 1), good] });
    expect(settings.disabledThreads).toEqual([good]);
    expect(problems).toEqual(['disabledThreads']);
    expect(validateSettings({ disabledThreads: 'all' })).toMatchObject({ settings: { disabledThreads: [] }, problems: ['disabledThreads'] });
    const tooMany = Array.from({ length: MAX_THREADS + 1 }, (_, i) => `https://forum.test/t/${i}`);
    expect(validateSettings({ disabledThreads: tooMany }).settings.disabledThreads).toEqual(tooMany.slice(1));
  });

  it('reads settings stored before threads could be turned off with none turned off, and no notice', async () => {
    const before = { ...defaultSettings(), disabledHosts: ['www.letsrun.com'] } as Partial<ReturnType<typeof defaultSettings>>;
    delete before.disabledThreads;
    await fakeBrowser.storage.local.set({ settings: before, settings$: { v: 1 } });
    await migrateStoredSettings();
    expect(await loadSettings()).toEqual({ settings: { ...before, disabledThreads: [] }, problems: [] });
    expect(SETTINGS_VERSION).toBe(1);
  });
});
