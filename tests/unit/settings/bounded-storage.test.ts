import { describe, expect, it } from 'vitest';
import { isDismissed, MAX_PAGE_KEY, MAX_TEXT_KEY, pageKey, withDismissed } from '../../../extension/dismissed-mentions';
import { defaultSettings, validateSettings } from '../../../extension/settings-schema';

const HUGE_PATH = `https://www.reddit.com/r/running/comments/1abc/${'x'.repeat(2 * 1024 * 1024)}`;

describe('what a page can make us store is bounded', () => {
  it('keeps 100 dismissals on a page with a 2 MB URL under 100 KB, each still recognised', () => {
    let dismissed = defaultSettings().dismissed;
    for (let i = 0; i < 100; i++) dismissed = withDismissed(dismissed, `${HUGE_PATH}?page=7#c${i}`, `my back hurts ${'!'.repeat(i * 100)}`, i);
    const stored = JSON.stringify({ ...defaultSettings(), dismissed });
    expect(stored.length).toBeLessThan(100 * 1024);
    expect(validateSettings(JSON.parse(stored)).settings.dismissed).toHaveLength(100);
    expect(isDismissed(dismissed, `${HUGE_PATH}?page=7`, `my back hurts ${'!'.repeat(700)}`, 7)).toBe(true);
    expect(isDismissed(dismissed, `${HUGE_PATH}?page=7`, `my back hurts ${'!'.repeat(800)}`, 7)).toBe(false);
    expect(isDismissed(dismissed, `${HUGE_PATH}?page=8`, `my back hurts ${'!'.repeat(700)}`, 7)).toBe(false);
  });

  it('keys a page by origin, path and a digest of its query, never its fragment', () => {
    expect(pageKey('https://x.test/t/1#c2')).toBe('https://x.test/t/1');
    expect(pageKey('https://x.test/viewtopic.php?t=1')).not.toBe(pageKey('https://x.test/viewtopic.php?t=2'));
    expect(pageKey('https://x.test/viewtopic.php?t=1#p3')).toBe(pageKey('https://x.test/viewtopic.php?t=1'));
    expect(pageKey(HUGE_PATH).length).toBeLessThanOrEqual(MAX_PAGE_KEY);
    expect(pageKey(HUGE_PATH)).not.toBe(pageKey(`${HUGE_PATH}y`));
  });

  it('drops only the bad entries of a stored list, and oversized dismissals', () => {
    const { settings, problems } = validateSettings({
      userSites: ['https://forum.example.com', 'not an origin', 42, 'https://runners.example.org'],
      dismissed: [
        { page: 'https://x.test/a', text: 'my back', occurrence: 0 },
        { page: 'x'.repeat(MAX_PAGE_KEY + 1), text: 'my back', occurrence: 0 },
        { page: 'https://x.test/a', text: 'y'.repeat(MAX_TEXT_KEY + 1), occurrence: 0 },
      ],
    });
    expect(settings.userSites).toEqual(['https://forum.example.com', 'https://runners.example.org']);
    expect(settings.dismissed).toEqual([{ page: 'https://x.test/a', text: 'my back', occurrence: 0 }]);
    expect(problems.sort()).toEqual(['dismissed', 'userSites']);
  });
});
