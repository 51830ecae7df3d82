import {
  dismissedMention,
  isDismissed,
  pageKey,
  withDismissal,
  withoutDismissal,
  type DismissedMention,
} from '../../extension/dismissed-mentions';
import type { MentionRef } from '../page-scanner';
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

  /**
   * `active` (in document order, as the scanner keeps it) without the dismissed ones. A page
   * with nothing dismissed costs one look at the list, not one per mention.
   */
  visible(active: readonly MentionRef[]): MentionRef[] {
    const url = this.url();
    const page = pageKey(url);
    if (!this.list.some((d) => d.page === page)) return [...active];
    const nth = occurrences(active);
    return active.filter((ref) => !isDismissed(this.list, url, ref.mention.text, nth.get(ref.id) ?? 0));
  }

  /**
   * Hides `ref` from now on, and returns how to remember it across reloads: its page, its text and
   * which occurrence of that text on the page it is (`active` must hold every active mention, in document order).
   */
  dismiss(ref: MentionRef, active: readonly MentionRef[]): DismissedMention {
    const entry = dismissedMention(this.url(), ref.mention.text, occurrences(active).get(ref.id) ?? 0);
    this.list = withDismissal(this.list, entry);
    return entry;
  }

  /** Shows a dismissed mention again. */
  restore(entry: DismissedMention): void {
    this.list = withoutDismissal(this.list, entry);
  }
}
