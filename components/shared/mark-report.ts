import type { Analysis } from '../../core/types';
import type { ReportText } from '../../ui-text/report-text';

export interface MarkReportInput {
  url: string;
  /** The marked words the report is about, when it is about one mark. */
  marked?: string;
  /** What the reader had selected in the page: the words of a missed mark, say. */
  selection?: string;
  /** What Backlight read: the mark's own post (its mentions cut to the mark), or every post of the page. */
  posts: readonly Analysis[];
  version: string;
}

/** Longest quote of page text in a report: enough to find the words, never a page's megabytes. */
export const MAX_REPORT_QUOTE = 500;
/** Mentions listed one per line; more are counted only. */
const MAX_LISTED = 20;

/**
 * A plain-text report of a wrong or missed mark, for the reader to paste wherever they choose
 * (nothing is sent): the page, the words, what Backlight read there, and a last line for what
 * they expected.
 */
export function markReportText(input: MarkReportInput, text: ReportText): string {
  const mentions = input.posts.flatMap((p) => p.mentions);
  const causes = dedupe(input.posts.flatMap((p) => p.causes.map((c) => withQuotes(c.id, c.evidence.map((e) => e.text)))));
  const flags = dedupe(input.posts.flatMap((p) => p.redFlags.map((f) => `${f.id} (${f.tier}) “${quote(f.text)}”`)));
  const lines = [text.title, `${text.page} ${input.url}`];
  if (input.marked !== undefined) lines.push(`${text.marked} “${quote(input.marked)}”`);
  if (input.selection) lines.push(`${text.selected} “${quote(input.selection)}”`);
  if (input.marked === undefined) lines.push(mentions.length === 0 ? text.noMarks : text.marksOnPage(mentions.length));
  for (const m of mentions.slice(0, MAX_LISTED)) lines.push(`- ${text.mention(quote(m.text), m.region, m.status)}`);
  lines.push(`${text.causes} ${causes.join('; ') || text.none}`);
  lines.push(`${text.redFlags} ${flags.join('; ') || text.none}`);
  lines.push(`${text.version} ${input.version}`, '', text.expected);
  return lines.join('\n');
}

function withQuotes(id: string, quotes: string[]): string {
  return quotes.length === 0 ? id : `${id} (${dedupe(quotes).map((q) => `“${quote(q)}”`).join(', ')})`;
}

/** Page text on one line, at most MAX_REPORT_QUOTE characters. */
function quote(s: string): string {
  // Cut first: a selection may be the whole page.
  const flat = s.slice(0, 2 * MAX_REPORT_QUOTE).replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_REPORT_QUOTE ? flat : `${flat.slice(0, MAX_REPORT_QUOTE - 1)}…`;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}
