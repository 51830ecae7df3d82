import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function scanFile(file: string) {
  return spawnSync('npx', ['tsx', 'scripts/scan.ts', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('scan command on a saved .html page', () => {
  it('reads the page with the site adapter named by its canonical URL, one report per post', () => {
    const result = scanFile('tests/fixtures/demo/forum-thread.html');
    expect(result.status).toBe(0);
    const reports = result.stdout.split('\n== ').filter(Boolean);
    // A post's title and its body are one post.
    expect(reports).toHaveLength(5);
    expect(reports[0]).toContain('Reddit post 1 (tempo_tuesday)');
    expect(result.stdout).toMatch(/mention\s+active\s+mid\s+"mid back burning"/);
    // Navigation and sidebar text ("Back to top") is not a post.
    expect(result.stdout).not.toContain('Back to top');
  }, 60_000);

  it('uses an activity page’s own facts as cause evidence', () => {
    const result = scanFile('tests/fixtures/sites/strava.html');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/cause #\d+ footwear .*this activity: Shoes .*812 km/);
  }, 60_000);

  it('falls back to the generic reader for a page of an unknown site', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/scan.ts', '-', '--format', 'html'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '<html><body><nav>Home · Back to top</nav><article><p>My lower back aches after every long run this month.</p></article></body></html>',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Any page post 1');
    expect(result.stdout).toMatch(/mention\s+active\s+lower/);
  }, 60_000);
});
