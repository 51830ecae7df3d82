/**
 * Puts `text` on the clipboard; false when the browser refuses (no focus or user activation, an
 * old browser). Call it straight from the reader's click: that click is the activation it needs.
 */
export function copyText(nav: Navigator, text: string): Promise<boolean> {
  try {
    return nav.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
