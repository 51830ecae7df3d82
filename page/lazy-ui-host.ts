import type { PageUi } from './page-ui';
import type { UiHost } from './ui-host';

/**
 * Our host element (see ui-host.ts), made by the page UI the first time a part of our UI shows:
 * the host's code ships with the card and the toast, and the content script holds only this.
 */
export class LazyUiHost {
  private host: UiHost | null = null;

  constructor(private readonly doc: Document) {}

  /** The host, made with the loaded page UI on first use. */
  with(view: PageUi): UiHost {
    return (this.host ??= view.createUiHost(this.doc));
  }

  /** Whether the event happened on our UI; nothing has before the host exists. */
  holds(e: Event): boolean {
    return this.host?.holds(e) ?? false;
  }
}
