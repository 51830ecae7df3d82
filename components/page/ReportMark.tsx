import { useEffect, useRef, useState } from 'preact/hooks';
import { extensionVersion } from '../../extension/extension-version';
import type { PageReport } from '../../page/report';
import type { ReportText } from '../../ui-text/report-text';
import { copyText } from '../shared/copy-text';
import { markReportText } from '../shared/mark-report';

/**
 * "Report a wrong or missed mark" for the whole page: copies a plain-text report of what Backlight
 * read here (every mark, causes, warning signs) to paste wherever the reader likes; nothing is
 * sent. When the browser refuses the clipboard, the report is shown selected, to copy by hand.
 */
export function ReportMark({ report, text, label }: { report: PageReport; text: ReportText; label: string }) {
  const [outcome, setOutcome] = useState<{ copied: boolean; report: string } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome && !outcome.copied) area.current?.select();
  }, [outcome]);
  const copy = () => {
    const body = markReportText({ url: report.url, posts: report.posts, version: extensionVersion() }, text);
    void copyText(navigator, body).then((copied) => setOutcome({ copied, report: body }));
  };
  return (
    <div class="report-mark">
      <button type="button" class="link-button" onClick={copy}>
        {label}
      </button>
      <p role="status">{outcome && (outcome.copied ? text.copied : text.copyByHand)}</p>
      {outcome && !outcome.copied && <textarea ref={area} aria-label={text.reportLabel} readOnly rows={8} value={outcome.report} />}
    </div>
  );
}
