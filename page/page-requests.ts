import { isPageRequest, type PageResponse } from '../extension/messages';
import { FOCUS_HIGHLIGHT, pageHighlights } from './highlights';
import type { PageScanner } from './page-scanner';

/** How long a mention revealed from the popup stays lit. */
const FLASH_MS = 1500;

/** Answers the popup; undefined for messages that are not ours, so other listeners may answer. */
export function answerPageRequest(scanner: PageScanner, message: unknown): Promise<PageResponse> | undefined {
  if (!isPageRequest(message)) return undefined;
  if (message.type === 'backlight:get-report') return scanner.settled().then(() => scanner.report());
  const range = scanner.rangeOf(message.postKey, message.mentionIndex);
  const target = range?.startContainer.parentElement;
  if (!range || !target) return Promise.resolve({ revealed: false });
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash(range);
  return Promise.resolve({ revealed: true });
}

/** Lights the mention up briefly, so the eye finds it after the scroll. */
function flash(range: Range): void {
  const win = range.startContainer.ownerDocument?.defaultView;
  const highlights = win && pageHighlights(win);
  if (!win || !highlights) return;
  highlights.set(FOCUS_HIGHLIGHT, [range]);
  win.setTimeout(() => highlights.clear(FOCUS_HIGHLIGHT), FLASH_MS);
}
