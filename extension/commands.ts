import { browser } from 'wxt/browser';
import { PAGE_PARTS, type PagePart } from '../page/page-ui-names';

/** The keyboard commands of `wxt.config.ts`, and which way each steps through the mentions. */
export const STEP_COMMANDS = { 'next-mention': 'next', 'previous-mention': 'previous' } as const;

/** Background → content script: step to the next or previous mention and open its card. */
export interface StepMessage {
  type: 'backlight:step';
  step: 'next' | 'previous';
}

/** Content script → background: the reader asked for more (answered with `{ opened }`). */
export interface OpenPopupMessage {
  type: 'backlight:open-popup';
}

/** Content script → background: inject a part of the page UI into my world (answered once it ran). */
export interface LoadPageUiMessage {
  type: 'backlight:load-page-ui';
  part: PagePart;
}

export function isStepMessage(m: unknown): m is StepMessage {
  const s = m as StepMessage | null;
  return typeof m === 'object' && s !== null && s.type === 'backlight:step' && (s.step === 'next' || s.step === 'previous');
}

function isOpenPopupMessage(m: unknown): m is OpenPopupMessage {
  return typeof m === 'object' && m !== null && (m as OpenPopupMessage).type === 'backlight:open-popup';
}

function isLoadPageUiMessage(m: unknown): m is LoadPageUiMessage {
  const l = m as LoadPageUiMessage | null;
  return typeof m === 'object' && l !== null && l.type === 'backlight:load-page-ui' && typeof l.part === 'string' && Object.hasOwn(PAGE_PARTS, l.part);
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Background side: relays keyboard commands to the active tab, injects the page UI into a tab
 * that asks for it, and opens the popup for a card.
 */
export function relayCardCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const step = STEP_COMMANDS[command as keyof typeof STEP_COMMANDS];
    if (!step) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: StepMessage = { type: 'backlight:step', step };
    browser.tabs.sendMessage(tab.id, message).catch(() => {
      // Backlight isn't running in that tab: nothing to step through.
    });
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (isLoadPageUiMessage(message) && tabId !== undefined) {
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_PARTS[message.part].file] })
        .then(() => ({ loaded: true }));
    }
    if (!isOpenPopupMessage(message)) return;
    // Browsers may refuse without a user gesture (Firefox does): the card then says where to click.
    return toolbarButton()
      .openPopup()
      .then(
        () => ({ opened: true }),
        () => ({ opened: false }),
      );
  });
}
