import { isPageRequest, type PageResponse } from '../extension/messages';
import type { PageScanner } from './page-scanner';

/** Answers the popup; undefined for messages that are not ours, so other listeners may answer. */
export function answerPageRequest(scanner: PageScanner, message: unknown): Promise<PageResponse> | undefined {
  if (!isPageRequest(message)) return undefined;
  if (message.type === 'backlight:get-report') return scanner.settled().then(() => scanner.report());
  const range = scanner.rangeOf(message.postKey, message.mentionIndex);
  if (!range) return Promise.resolve({ revealed: false });
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return Promise.resolve({ revealed: target != null });
}
