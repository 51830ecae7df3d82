import type { PageReport } from '../page/report';

/** Content script → background: the page's count changed. */
export interface CountMessage {
  type: 'backlight:count';
  activeCount: number;
  /** Red flags marked on the page (CONTRACT §3: the badge changes colour while there are any). */
  redFlagCount: number;
}

/** Popup → content script. */
export type PageRequest =
  | { type: 'backlight:get-report' }
  | { type: 'backlight:reveal'; postKey: number; mentionIndex: number };

export type PageResponse = PageReport | { revealed: boolean };

export function isCountMessage(m: unknown): m is CountMessage {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as CountMessage).type === 'backlight:count' &&
    Number.isInteger((m as CountMessage).activeCount) &&
    Number.isInteger((m as CountMessage).redFlagCount)
  );
}

export function isPageRequest(m: unknown): m is PageRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as PageRequest;
  if (r.type === 'backlight:get-report') return true;
  return r.type === 'backlight:reveal' && Number.isInteger(r.postKey) && Number.isInteger(r.mentionIndex);
}
