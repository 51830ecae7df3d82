import type { Page } from 'playwright-core';

// The card lives in a closed shadow root: the page cannot reach it, and neither can a test's
// script in the page. Tests reach it as privileged tools do: Chromium through the DevTools
// protocol (which hands out closed roots), Firefox from the content-script world
// (`openOrClosedShadowRoot`, see firefox-browser.ts).

/** In the page, with the card's host and its closed root: what a test reads or does there. */
export type InCard<R, A> = (host: Element, root: ShadowRoot, arg: A) => R;

export const HOST_SELECTOR = 'backlight-card[data-backlight-host]';
/** The undo toast's host: a closed root of its own, there only while a toast shows. */
export const TOAST_HOST_SELECTOR = 'backlight-toast[data-backlight-host]';

interface RemoteObject {
  objectId?: string;
  value?: unknown;
}

/** Chromium: runs `fn` on the card's host and closed root in the page; null while there is no card host. */
export async function evaluateInChromiumCard<R, A>(page: Page, fn: InCard<R, A>, arg: A, selector = HOST_SELECTOR): Promise<Awaited<R> | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { result: host } = (await cdp.send('Runtime.evaluate', { expression: `document.querySelector('${selector}')` })) as { result: RemoteObject };
    if (!host.objectId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { objectId: host.objectId, pierce: true, depth: 1 })) as {
      node: { shadowRoots?: { backendNodeId: number }[] };
    };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object: root } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: RemoteObject };
    const reply = (await cdp.send('Runtime.callFunctionOn', {
      objectId: root.objectId,
      functionDeclaration: `function (host, arg) { return (${fn.toString()})(host, this, arg); }`,
      arguments: [{ objectId: host.objectId }, arg === undefined ? {} : { value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: RemoteObject; exceptionDetails?: { exception?: { description?: string }; text?: string } };
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as Awaited<R>;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Firefox: the source of a `scripting.executeScript` func that runs `fn` in the content-script world. */
export function firefoxCardScript<R, A>(fn: InCard<R, A>, selector = HOST_SELECTOR): string {
  return `(arg) => {
    const host = document.querySelector('${selector}');
    const root = host && host.openOrClosedShadowRoot;
    return root ? (${fn.toString()})(host, root, arg) : null;
  }`;
}
