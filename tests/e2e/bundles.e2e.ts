import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The privacy tests watch the network while pages are scanned; this covers the code no page can
// watch (Firefox's background page, say): nothing shipped can even ask for the network.
const OUTPUT = resolve(import.meta.dirname, '../../.output');
const NETWORK_APIS = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts\(/g;

function scripts(build: string): string[] {
  const dir = resolve(OUTPUT, build);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => resolve(dir, file));
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (build) => {
  it('ships no code that reaches the network', () => {
    const files = scripts(build);
    expect(files.map((file) => file.slice(OUTPUT.length + 1))).toEqual(
      expect.arrayContaining([`${build}/background.js`, `${build}/content-script.js`, `${build}/page-ui.js`]),
    );
    const uses = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(NETWORK_APIS)].map((m) => `${file.slice(OUTPUT.length + 1)}: ${m[0]}`));
    expect(uses).toEqual([]);
  });
});
