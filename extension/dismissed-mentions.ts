/**
 * Mentions the reader marked "Not about back pain". A mention is known by its page (URL without
 * the fragment), its text and which occurrence of that text on the page it is, so the same words
 * elsewhere on the page stay marked.
 */
export interface DismissedMention {
  page: string;
  text: string;
  /** 0 for the first mention with this text on the page, 1 for the second… */
  occurrence: number;
}

/** Oldest dismissals are forgotten beyond this, so storage stays small. */
export const MAX_DISMISSED = 500;

export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export function isDismissed(list: readonly DismissedMention[], url: string, text: string, occurrence: number): boolean {
  const page = pageKey(url);
  return list.some((d) => d.page === page && d.text === text && d.occurrence === occurrence);
}

/** The list with this mention added last (once), trimmed to the newest MAX_DISMISSED. */
export function withDismissed(
  list: readonly DismissedMention[],
  url: string,
  text: string,
  occurrence: number,
): DismissedMention[] {
  const page = pageKey(url);
  const rest = list.filter((d) => !(d.page === page && d.text === text && d.occurrence === occurrence));
  return [...rest, { page, text, occurrence }].slice(-MAX_DISMISSED);
}

export function isDismissedMention(value: unknown): value is DismissedMention {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as DismissedMention;
  return (
    typeof d.page === 'string' &&
    typeof d.text === 'string' &&
    Number.isInteger(d.occurrence) &&
    d.occurrence >= 0
  );
}
