// In-page guard for "the page's own DOM is never changed": installed before the page's scripts,
// it snapshots the document at DOMContentLoaded (before any content script runs) and records
// every later mutation outside our single host element. Self-contained: serialised into the page.

export interface PageDomReport {
  /** The document at DOMContentLoaded and now, each without our host element. */
  before: string;
  after: string;
  /** Mutations of page-owned nodes since DOMContentLoaded. */
  changes: string[];
}

interface GuardWindow {
  backlightDomGuard?: { before: string; changes: string[] };
}

export function watchPageDom(): void {
  const isOurs = (node: Node | null) => node instanceof Element && node.closest('[data-backlight-host]') !== null;
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll('[data-backlight-host]').forEach((host) => host.remove());
      const guard = { before: clone.outerHTML, changes: [] as string[] };
      (window as unknown as GuardWindow).backlightDomGuard = guard;
      new MutationObserver((records) => {
        for (const record of records) {
          if (isOurs(record.target)) continue;
          const nodes = [...record.addedNodes, ...record.removedNodes];
          if (record.type === 'childList' && nodes.length > 0 && nodes.every(isOurs)) continue;
          const where = record.target instanceof Element ? record.target.tagName : record.target.nodeName;
          guard.changes.push(`${record.type} ${record.attributeName ?? ''} on ${where}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { once: true, capture: true },
  );
}

export function readPageDom(): PageDomReport {
  const guard = (window as unknown as GuardWindow).backlightDomGuard;
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll('[data-backlight-host]').forEach((host) => host.remove());
  return { before: guard?.before ?? 'no snapshot: the guard was installed too late', after: clone.outerHTML, changes: guard?.changes ?? [] };
}
