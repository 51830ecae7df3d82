import type { Page } from 'playwright-core';

// The card and the undo toast are parts of our one host, each in a closed shadow root of its own
// inside the host's closed root: the page cannot reach them, and neither can a test's script in the page. Tests reach it as privileged tools do: Chromium through the DevTools
// protocol (which hands out closed roots), Firefox from the content-script world
// (`openOrClosedShadowRoot`, see firefox-browser.ts).

/** In the page, with our host and a part's closed root: what a test reads or does there. */
export type InCard<R, A> = (host: Element, root: ShadowRoot, arg: A) => R;

/** Our one element in the page, there while the card or a toast shows. */
export const HOST_SELECTOR = 'backlight-ui[data-backlight-host]';
/** The parts of our UI in the host (`data-part`). */
export type UiPartName = 'card' | 'toast';

interface RemoteObject {
  objectId?: string;
  value?: unknown;
}

interface DomNode {
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  backendNodeId: number;
}

/** Chromium: runs `fn` on our host and a part's closed root in the page; null while that part is not showing. */
export async function evaluateInChromiumCard<R, A>(page: Page, fn: InCard<R, A>, arg: A, part: UiPartName = 'card'): Promise<Awaited<R> | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { result: host } = (await cdp.send('Runtime.evaluate', { expression: `document.querySelector('${HOST_SELECTOR}')` })) as { result: RemoteObject };
    if (!host.objectId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { objectId: host.objectId, pierce: true, depth: 3 })) as { node: DomNode };
    const box = node.shadowRoots?.[0]?.children?.find((child) => child.attributes?.join('\n').includes(`data-part\n${part}`));
    const shadow = box?.shadowRoots?.[0];
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
export function firefoxCardScript<R, A>(fn: InCard<R, A>, part: UiPartName = 'card'): string {
  return `(arg) => {
    const host = document.querySelector('${HOST_SELECTOR}');
    const box = host && host.openOrClosedShadowRoot && host.openOrClosedShadowRoot.querySelector('[data-part="${part}"]');
    const root = box && box.openOrClosedShadowRoot;
    return root ? (${fn.toString()})(host, root, arg) : null;
  }`;
}
