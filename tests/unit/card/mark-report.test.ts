import { describe, expect, it } from 'vitest';
import { markReportText, MAX_REPORT_QUOTE } from '../../../components/shared/mark-report';
import { analyze } from '../../../core/analyze';
import { REPORT } from '../../../ui-text/en/report';

const URL_ = 'https://www.reddit.com/r/running/comments/1abc/mid_back/';
const POST = 'My mid back was burning after hill repeats in my hydration vest. My legs went numb at night.';

describe('the report of a wrong or missed mark', () => {
  it('names the page, the marked words, what Backlight read of them and their post, and ends on the line to fill', () => {
    const analysis = analyze(POST);
    const mention = analysis.mentions[0]!;
    const text = markReportText({ url: URL_, marked: mention.text, posts: [{ ...analysis, mentions: [mention] }], version: '0.1.0' }, REPORT);
    const lines = text.split('\n');
    expect(lines[0]).toBe(REPORT.title);
    expect(lines).toContain(`Page: ${URL_}`);
    expect(lines).toContain(`Marked text: “${mention.text}”`);
    expect(lines).toContain(`- “${mention.text}”: region ${mention.region}, status ${mention.status}`);
    const causes = lines.find((l) => l.startsWith(REPORT.causes))!;
    for (const cause of analysis.causes) expect(causes).toContain(cause.id);
    expect(causes).toContain('“hydration vest”');
    const flags = lines.find((l) => l.startsWith(REPORT.redFlags))!;
    expect(analysis.redFlags.length).toBeGreaterThan(0);
    for (const flag of analysis.redFlags) expect(flags).toContain(`${flag.id} (${flag.tier}) “${flag.text}”`);
    expect(lines).toContain('Backlight version: 0.1.0');
    expect(lines.at(-1)).toBe('What I expected: ');
    expect(text).not.toContain(REPORT.marksOnPage(1));
  });

  it('for a missed mark: the selection and every mark of the page, or that there is none', () => {
    const none = markReportText({ url: URL_, selection: 'my upper back has been grumbling', posts: [], version: '0.1.0' }, REPORT);
    expect(none).toContain('Selected text: “my upper back has been grumbling”');
    expect(none).toContain(REPORT.noMarks);
    expect(none).toContain(`${REPORT.causes} none`);
    expect(none).toContain(`${REPORT.redFlags} none`);
    const page = markReportText({ url: URL_, posts: [analyze(POST), analyze('Lower back aches after the long run.')], version: '0.1.0' }, REPORT);
    expect(page).toContain(REPORT.marksOnPage(2));
    expect(page.match(/^- /gm)).toHaveLength(2);
  });

  it('quotes page text on one line and cut short, however long the selection', () => {
    const selection = `back\n\n  pain ${'x'.repeat(2_000_000)}`;
    const text = markReportText({ url: URL_, selection, posts: [], version: '0.1.0' }, REPORT);
    const line = text.split('\n').find((l) => l.startsWith(REPORT.selected))!;
    expect(line.startsWith('Selected text: “back pain x')).toBe(true);
    expect(line.length).toBeLessThan(MAX_REPORT_QUOTE + 30);
  });
});
