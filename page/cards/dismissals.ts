import { isDismissed, withDismissed, type DismissedMention } from '../../extension/dismissed-mentions';
import type { MentionRef } from '../page-scanner';
import { inDocumentOrder } from './mention-order';
import { occurrences } from './occurrences';

/** The mentions the reader called "Not about back pain", as this page knows them. */
export class Dismissals {
  constructor(
    private list: readonly DismissedMention[],
    private readonly url: () => string,
  ) {}

  replace(list: readonly DismissedMention[]): void {
    this.list = list;
  }

  /** `active` without the dismissed ones, in document order. */
  visible(active: readonly MentionRef[]): MentionRef[] {
    const ordered = inDocumentOrder(active);
    const nth = occurrences(ordered);
    return ordered.filter((ref) => !isDismissed(this.list, this.url(), ref.mention.text, nth.get(ref.id) ?? 0));
  }

  /**
   * Hides `ref` from now on, and returns how to remember it across reloads: its text and which
   * occurrence of that text on the page it is (`active` must hold every active mention).
   */
  dismiss(ref: MentionRef, active: readonly MentionRef[]): { text: string; occurrence: number } {
    const occurrence = occurrences(inDocumentOrder(active)).get(ref.id) ?? 0;
    this.list = withDismissed(this.list, this.url(), ref.mention.text, occurrence);
    return { text: ref.mention.text, occurrence };
  }
}
