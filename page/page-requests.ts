import { isPageRequest, type PageResponse } from '../extension/messages';
import type { MentionFlash } from './mention-flash';
import type { PageScanner } from './page-scanner';
import type { PopupFocus } from './popup-focus';

/** Answers the popup; undefined for messages that are not ours, so other listeners may answer. */
export function answerPageRequest(
  scanner: PageScanner,
  flash: MentionFlash,
  focus: PopupFocus,
  message: unknown,
): Promise<PageResponse> | undefined {
  if (!isPageRequest(message)) return undefined;
  if (message.type === 'backlight:get-report') {
    const focusPostKey = focus.take();
    return scanner.settled().then(() => scanner.report()).then((report) => (focusPostKey === undefined ? report : { ...report, focusPostKey }));
  }
  const range = scanner.rangeOf(message.postKey, message.mentionIndex);
  const target = range?.startContainer.parentElement;
  if (!range || !target) return Promise.resolve({ revealed: false });
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash.show(range);
  return Promise.resolve({ revealed: true });
}
