import { describe, expect, it } from 'vitest';
import { isOrigin, originPattern, toOrigin } from '../../../extension/user-sites';
import { isDismissed, MAX_DISMISSED, withDismissed } from '../../../extension/dismissed-mentions';

describe('user sites', () => {
  it('turns what the user typed into an origin', () => {
    expect(toOrigin('forum.example.com/t/1')).toBe('https://forum.example.com');
    expect(toOrigin(' http://Runners.Example.org:8080/x ')).toBe('http://runners.example.org:8080');
    expect(toOrigin('ftp://x.test')).toBeNull();
    expect(toOrigin('nonsense')).toBeNull();
    expect(toOrigin('')).toBeNull();
  });

  it('checks and patterns origins', () => {
    expect(isOrigin('https://a.test')).toBe(true);
    expect(isOrigin('https://a.test/')).toBe(false);
    expect(originPattern('https://a.test')).toBe('https://a.test/*');
  });
});

describe('dismissed mentions', () => {
  it('matches page without fragment, text and occurrence', () => {
    const list = withDismissed([], 'https://x.test/t#c2', 'my back', 1);
    expect(isDismissed(list, 'https://x.test/t', 'my back', 1)).toBe(true);
    expect(isDismissed(list, 'https://x.test/t', 'my back', 0)).toBe(false);
    expect(withDismissed(list, 'https://x.test/t', 'my back', 1)).toHaveLength(1);
  });

  it('forgets the oldest beyond the bound', () => {
    let list = withDismissed([], 'https://x.test/', 't0', 0);
    for (let i = 1; i <= MAX_DISMISSED; i++) list = withDismissed(list, 'https://x.test/', `t${i}`, 0);
    expect(list).toHaveLength(MAX_DISMISSED);
    expect(isDismissed(list, 'https://x.test/', 't0', 0)).toBe(false);
  });
});
