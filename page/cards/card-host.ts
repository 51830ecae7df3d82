import { CARD_STYLES } from '../../components/card/card-styles';

export interface CardHost {
  readonly element: HTMLElement;
  /** Where the card renders, inside the shadow root. */
  readonly mount: HTMLElement;
  destroy(): void;
}

/**
 * Our one element in the page: a shadow-root host appended to <html>, holding all our styles.
 * A custom tag name keeps it clear of the page's `div`/`span` rules; if the page removes it
 * (some apps re-render their whole document), it is appended again.
 */
export function createCardHost(doc: Document): CardHost {
  const element = doc.createElement('backlight-card');
  element.setAttribute('data-backlight-host', '');
  // The shadow root is open so tests and assistive tools can reach the card; it holds no secrets.
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_STYLES;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  const parent = doc.documentElement;
  parent.append(element);

  const observer = new MutationObserver(() => {
    if (!element.isConnected) doc.documentElement.append(element);
  });
  observer.observe(parent, { childList: true });

  return {
    element,
    mount,
    destroy() {
      observer.disconnect();
      element.remove();
    },
  };
}
