/**
 * Mentions the reader marked "Not about back pain". A mention is known by its page, its text and
 * which occurrence of that text on the page it is, so the same words elsewhere on the page stay
 * marked. The page and the text come from the page, which may make them megabytes long: both are
 * stored as bounded keys, so a page can never fill the reader's storage through them.
 */
export interface DismissedMention {
  /** `pageKey` of the page's URL. */
  page: string;
  /** `textKey` of the mention's words. */
  text: string;
  /** 0 for the first mention with this text on the page, 1 for the second… */
  occurrence: number;
}

/** Oldest dismissals are forgotten beyond this, so storage stays small. */
export const MAX_DISMISSED = 500;
export const MAX_PAGE_KEY = 200;
export const MAX_TEXT_KEY = 120;
const MAX_OCCURRENCE = 100_000;

/**
 * The page a URL shows, as origin and path, plus a digest of the query when there is one (forums
 * such as phpBB name the thread there); never the fragment. At most MAX_PAGE_KEY characters.
 */
export function pageKey(url: string): string {
  // Asked for every mark on every publish: a page's megabyte URL is digested once, not each time.
  if (url !== lastKeyed.url) lastKeyed = { url, key: computePageKey(url) };
  return lastKeyed.key;
}

let lastKeyed = { url: '', key: '' };

function computePageKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return bounded(url, MAX_PAGE_KEY);
  }
  const query = parsed.search.length > 1 ? `?~${digest(parsed.search)}` : '';
  return `${bounded(parsed.origin + parsed.pathname, MAX_PAGE_KEY - query.length)}${query}`;
}

/** A mention's words, at most MAX_TEXT_KEY characters. */
export function textKey(text: string): string {
  return bounded(text, MAX_TEXT_KEY);
}

/** `s` itself when short enough, else its start and a digest of the whole, `max` characters in all. */
function bounded(s: string, max: number): string {
  if (s.length <= max) return s;
  const tail = `~${digest(s)}`;
  return s.slice(0, max - tail.length) + tail;
}

/** 64 bits of FNV-1a (two 32-bit passes with different offsets), as 16 hex digits. */
function digest(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function isDismissed(list: readonly DismissedMention[], url: string, text: string, occurrence: number): boolean {
  const page = pageKey(url);
  const key = textKey(text);
  return list.some((d) => d.page === page && d.text === key && d.occurrence === occurrence);
}

/** How the mention with `text`, the `occurrence`th on the page at `url`, is stored. */
export function dismissedMention(url: string, text: string, occurrence: number): DismissedMention {
  return { page: pageKey(url), text: textKey(text), occurrence };
}

/** The list with this mention added last (once), trimmed to the newest MAX_DISMISSED. */
export function withDismissed(
  list: readonly DismissedMention[],
  url: string,
  text: string,
  occurrence: number,
): DismissedMention[] {
  return withDismissal(list, dismissedMention(url, text, occurrence));
}

export function withDismissal(list: readonly DismissedMention[], entry: DismissedMention): DismissedMention[] {
  return [...withoutDismissal(list, entry), entry].slice(-MAX_DISMISSED);
}

/** The list without `entry`: its mention is marked again ("Undo"). */
export function withoutDismissal(list: readonly DismissedMention[], entry: DismissedMention): DismissedMention[] {
  return list.filter((d) => !(d.page === entry.page && d.text === entry.text && d.occurrence === entry.occurrence));
}

export function isDismissedMention(value: unknown): value is DismissedMention {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as DismissedMention;
  return (
    typeof d.page === 'string' &&
    d.page.length <= MAX_PAGE_KEY &&
    typeof d.text === 'string' &&
    d.text.length <= MAX_TEXT_KEY &&
    Number.isInteger(d.occurrence) &&
    d.occurrence >= 0 &&
    d.occurrence <= MAX_OCCURRENCE
  );
}
