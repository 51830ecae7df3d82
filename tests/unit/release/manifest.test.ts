import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConfigEnv, UserManifest } from 'wxt';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../../..');
const ICON_SIZES = [16, 32, 48, 96, 128];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SOURCE_DIRS = ['components', 'core', 'entrypoints', 'extension', 'page', 'sites', 'ui-text'];

const TARGETS: ConfigEnv[] = [
  { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' },
  { browser: 'firefox', manifestVersion: 2, mode: 'production', command: 'build' },
];

async function manifestFor(env: ConfigEnv): Promise<UserManifest> {
  const manifest = config.manifest;
  if (!manifest) throw new Error('wxt.config.ts has no manifest');
  return typeof manifest === 'function' ? manifest(env) : manifest;
}

/** Every permission the manifest asks for or may ask for, API names and match patterns alike. */
function allPermissions(manifest: UserManifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ].map(String);
}

/** How a document names a permission: `storage` in code style; a match pattern by its host. */
function mentioned(doc: string, permission: string): boolean {
  if (!permission.includes('://')) return doc.includes(`\`${permission}\``);
  const host = permission.split('://')[1]!.split('/')[0]!;
  return doc.includes(host === '*' ? `\`${permission}\`` : host);
}

function pngHeader(file: string) {
  const bytes = readFileSync(file);
  return {
    signature: bytes.subarray(0, 8),
    chunk: bytes.toString('latin1', 12, 16),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    colourType: bytes[25],
  };
}

describe('icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is a square RGBA PNG of that size', (size) => {
    const header = pngHeader(resolve(ROOT, `public/icon/${size}.png`));
    expect(header.signature.equals(PNG_SIGNATURE)).toBe(true);
    expect(header.chunk).toBe('IHDR');
    expect([header.width, header.height]).toEqual([size, size]);
    expect(header.colourType).toBe(6);
  });
});

describe.each(TARGETS)('the $browser manifest', (env) => {
  it('has a description within the stores’ 132 characters', async () => {
    const { description } = await manifestFor(env);
    expect(description?.length).toBeGreaterThan(0);
    expect(description!.length).toBeLessThanOrEqual(132);
  });

  it.each(['PRIVACY.md', 'docs/store-listing.md'])('has every permission explained in %s', async (path) => {
    const doc = readFileSync(resolve(ROOT, path), 'utf8');
    const permissions = allPermissions(await manifestFor(env));
    expect(permissions.length).toBeGreaterThan(0);
    expect(permissions.filter((p) => !mentioned(doc, p))).toEqual([]);
  });
});

// scripts/lint-firefox.ts accepts web-ext's innerHTML warning on Preact's dangerouslySetInnerHTML
// branch only because no Backlight code ever reaches it.
it('never passes dangerouslySetInnerHTML', () => {
  const users = SOURCE_DIRS.flatMap((dir) =>
    readdirSync(resolve(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => `${dir}/${file}`),
  ).filter((file) => readFileSync(resolve(ROOT, file), 'utf8').includes('dangerouslySetInnerHTML'));
  expect(users).toEqual([]);
});
