import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function scan(args: string[], input: string) {
  return spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
}

describe('scan command', () => {
  it('answers every --jsonl line in order, errors included', () => {
    const input = [
      JSON.stringify({ id: 'p1', text: 'my mid back was sore after the treadmill' }),
      'not json',
      '',
      JSON.stringify({ id: 'p3' }),
      JSON.stringify({ id: 'p4', text: 'back to running' }),
    ].join('\n');
    const result = scan(['--jsonl'], `${input}\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      id: 'p1',
      mentions: [{ start: 3, end: 20, text: 'mid back was sore', region: 'mid', status: 'active' }],
      causes: [{ id: 'treadmill', score: expect.any(Number), evidence: [{ start: 31, end: 40, text: 'treadmill' }] }],
      redFlags: [],
    });
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toEqual({ id: null, error: 'blank line' });
    expect(lines[3]).toEqual({ id: 'p3', error: expect.stringContaining('text') });
    expect(lines[4]).toEqual({ id: 'p4', mentions: [], causes: [], redFlags: [] });
  }, 60_000);

  it('prints a human report for stdin text', () => {
    const result = scan(['-'], 'My back pain wakes me up at night after hill repeats.');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/RED FLAGS/);
    expect(result.stdout).toMatch(/mention\s+active/);
    expect(result.stdout).toMatch(/hills/);
  }, 60_000);
});
