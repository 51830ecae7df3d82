import { describe, expect, it } from 'vitest';
import { isRunningSubreddit } from '../../../sites/reddit-subreddits';

describe('isRunningSubreddit', () => {
  it.each([
    'https://www.reddit.com/r/running/comments/1c8x2qz/x/',
    'https://www.reddit.com/r/Running/',
    'https://old.reddit.com/r/AdvancedRunning/comments/1b2c3d4/x/',
    'https://www.reddit.com/r/ADVANCEDRUNNING',
    'https://www.reddit.com/r/C25K/',
    'https://www.reddit.com/r/Marathon_Training/comments/abc/',
    'https://www.reddit.com/r/XXRunning/',
    'https://www.reddit.com/r/running+trailrunning/',
  ])('accepts %s', (url) => {
    expect(isRunningSubreddit(new URL(url))).toBe(true);
  });

  it.each([
    'https://www.reddit.com/',
    'https://www.reddit.com/r/popular/',
    'https://www.reddit.com/r/backpain/',
    'https://www.reddit.com/r/RunningCirclejerk/',
    'https://www.reddit.com/r/runningmusic/',
    'https://www.reddit.com/r/running+gardening/',
    'https://www.reddit.com/user/running/',
  ])('rejects %s', (url) => {
    expect(isRunningSubreddit(new URL(url))).toBe(false);
  });
});
