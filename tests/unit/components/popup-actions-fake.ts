import { vi } from 'vitest';
import type { PopupActions } from '../../../components/Popup';
import type { PopupSubject } from '../../../extension/popup-subject';
import type { SiteDecision } from '../../../extension/site-policy';

export function fakeActions(subject: PopupSubject | Promise<PopupSubject>, decision: SiteDecision | null = null) {
  return {
    load: vi.fn(() => Promise.resolve(subject)),
    reveal: vi.fn(() => Promise.resolve(true)),
    decide: vi.fn(() => Promise.resolve(decision)),
    enable: vi.fn(() => Promise.resolve(true)),
    openOptions: vi.fn(),
    shortcuts: vi.fn(() => Promise.resolve({ 'analyse-selection': 'Alt+Shift+Y', 'next-mention': 'Alt+Shift+J', 'previous-mention': '' })),
    openShortcutSettings: vi.fn(),
  } satisfies PopupActions;
}
