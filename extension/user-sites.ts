/**
 * Sites the user adds, stored as origins ("https://forum.example.com"). Pure: the options page
 * and the popup turn them into permission requests and content-script registrations.
 */

/** The origin of what the user typed ("forum.example.com/t/1" → "https://forum.example.com"), or null. */
export function toOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Whether `value` is already an origin exactly as `toOrigin` would store it. */
export function isOrigin(value: string): boolean {
  return toOrigin(value) === value;
}

/** The host permission and content-script match pattern for an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}
