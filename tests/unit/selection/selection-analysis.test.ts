import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../core/analyze';
import {
  MAX_SELECTION_CHARS,
  SELECTION_FRESH_MS,
  storeSelection,
  takeSelection,
} from '../../../extension/selection-analysis';

const TEXT = 'my lower back aches after long runs';
const AT = 1_000_000;

describe('selection analysis waiting for the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the analysed selection per tab in session storage, and hands it over once', async () => {
    const stored = await storeSelection(7, TEXT, analyze, AT);
    expect(stored).toEqual({ tabId: 7, text: TEXT, analysis: analyze(TEXT), at: AT });
    expect(await fakeBrowser.storage.session.get('selection-7')).toEqual({ 'selection-7': stored });

    expect(await takeSelection(8, { now: AT })).toBeNull();
    expect(await takeSelection(7, { now: AT })).toEqual(stored);
    expect(await takeSelection(7, { now: AT })).toBeNull();
  });

  it('cuts a long selection before analysing it', async () => {
    const stored = await storeSelection(1, 'x'.repeat(MAX_SELECTION_CHARS + 10), analyze, AT);
    expect(stored.text).toHaveLength(MAX_SELECTION_CHARS);
  });

  it('shows a plain toolbar click only a fresh selection, a popup opened for it any, and removes a stale one either way', async () => {
    await storeSelection(1, TEXT, analyze, AT);
    expect(await takeSelection(1, { now: AT + SELECTION_FRESH_MS })).not.toBeNull();

    await storeSelection(1, TEXT, analyze, AT);
    expect(await takeSelection(1, { now: AT + SELECTION_FRESH_MS + 1 })).toBeNull();
    expect(await fakeBrowser.storage.session.get('selection-1')).toEqual({});

    await storeSelection(1, TEXT, analyze, AT);
    expect(await takeSelection(1, { anyAge: true, now: AT + 10 * SELECTION_FRESH_MS })).not.toBeNull();
  });
});
