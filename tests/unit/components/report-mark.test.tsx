// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportMark } from '../../../components/page/ReportMark';
import { REPORT } from '../../../ui-text/en/report';
import { THREAD } from './page-report-fixture';

const LABEL = 'Report a wrong or missed mark';

describe('ReportMark (the popup’s report of a wrong or missed mark)', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('copies a plain-text report of every mark on the page and says so', async () => {
    const written = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<ReportMark report={THREAD} text={REPORT} label={LABEL} />);
    fireEvent.click(screen.getByRole('button', { name: LABEL }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(REPORT.copied));
    const copied = written.mock.calls[0]![0];
    expect(copied).toContain(`Page: ${THREAD.url}`);
    expect(copied).toContain(REPORT.marksOnPage(THREAD.posts.flatMap((p) => p.mentions).length));
    expect(copied).toContain('- “mid back burning”: region mid, status active');
    expect(copied).toContain('night-pain (same-day) “wakes me up at night”');
    expect(copied.endsWith('What I expected: ')).toBe(true);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the report selected, to copy by hand, when the browser refuses the clipboard', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Document is not focused', 'NotAllowedError'));
    render(<ReportMark report={THREAD} text={REPORT} label={LABEL} />);
    fireEvent.click(screen.getByRole('button', { name: LABEL }));
    const box = (await screen.findByRole('textbox', { name: REPORT.reportLabel })) as HTMLTextAreaElement;
    expect(screen.getByRole('status').textContent).toBe(REPORT.copyByHand);
    expect(box.value).toContain(`Page: ${THREAD.url}`);
    await waitFor(() => expect(box.selectionEnd - box.selectionStart).toBe(box.value.length));
  });
});
