import { copyText } from '../../components/shared/copy-text';
import { markReportText, type MarkReportInput } from '../../components/shared/mark-report';
import { CARD_TEXT_EN } from '../../ui-text/en/card';
import { REPORT } from '../../ui-text/en/report';
import type { UiHost } from '../ui-host';
import { showToast, type ToastHandle } from './toast';

/** What a card's ⋯ menu did, that its toast offers to undo. */
export type UndoableAction = { kind: 'dismissed' } | { kind: 'thread-off' } | { kind: 'site-off'; host: string };

/** The toast after an action of the card's menu, with its Undo. */
export function toastUndo(ui: UiHost, win: Window, action: UndoableAction, undo: () => void, takeFocus: boolean): ToastHandle {
  const text = CARD_TEXT_EN;
  const message =
    action.kind === 'dismissed' ? text.dismissedToast : action.kind === 'thread-off' ? text.threadOffToast : text.siteOffToast(action.host);
  return showToast(ui, win, { message, undo: { label: text.undo, run: undo }, closeLabel: text.closeToast, takeFocus });
}

/**
 * Copies the report of a wrong or missed mark and says so; when the browser refuses the
 * clipboard, the toast holds the report, selected, to copy by hand.
 */
export async function copyReport(ui: UiHost, win: Window, input: MarkReportInput, takeFocus: boolean): Promise<ToastHandle> {
  const report = markReportText(input, REPORT);
  const closeLabel = CARD_TEXT_EN.closeToast;
  if (await copyText(win.navigator, report)) return showToast(ui, win, { message: REPORT.copied, closeLabel, takeFocus });
  return showToast(ui, win, { message: REPORT.copyByHand, copyable: { label: REPORT.reportLabel, text: report }, closeLabel, takeFocus: true });
}
