import type { KnowledgeBundle } from '../../core/knowledge';
import type { PageReport } from '../../page/report';
import { uiText } from '../../ui-text/ui-text';
import type { LibraryTarget } from '../library/library-target';
import { CauseList } from './CauseList';
import { digestReport } from './digest';
import { MentionList } from './MentionList';
import { RedFlagBanner } from './RedFlagBanner';
import { RemedyList } from './RemedyList';
import { ReportMark } from './ReportMark';
import { remediesFor } from './remedies-for';

/**
 * One page's (or one selection's) picture, the answer first so that it fits a 600-px popup: the
 * summary, the warning signs, the top factors and what can help; then every mention, folded
 * unless a card asked for its post. Without `reveal` it is a selection, not a live page.
 */
export function PageView({
  kb,
  report,
  reveal,
  openInLibrary,
  emptyText,
}: {
  kb: KnowledgeBundle;
  report: PageReport;
  reveal?: (postKey: number, mentionIndex: number) => Promise<boolean>;
  openInLibrary?: (target: LibraryTarget) => void;
  emptyText: string;
}) {
  const text = uiText(kb.locale).popup;
  const digest = digestReport(report);
  const causeIds = digest.causes.map((c) => c.id);
  const topTier = digest.redFlags[0]?.tier;
  const focused = report.focusPostKey !== undefined;
  return (
    <div class="page-view">
      <p class="summary" role="status">
        {digest.activeCount === 0
          ? emptyText
          : text.summary(digest.activeCount, digest.mainRegion && kb.regions[digest.mainRegion].label, digest.redFlagPosts)}
      </p>
      {digest.redFlags.length > 0 && (
        <RedFlagBanner kb={kb} posts={digest.redFlags} postCount={report.posts.length} reveal={reveal} openInLibrary={openInLibrary} />
      )}
      {digest.activeCount > 0 && (
        <>
          {digest.causes.length > 0 && <CauseList kb={kb} causes={digest.causes} openInLibrary={openInLibrary} />}
          <RemedyList
            kb={kb}
            remedies={remediesFor(kb, causeIds)}
            general={causeIds.length === 0}
            folded={topTier === 'emergency'}
            openInLibrary={openInLibrary}
          />
          {!topTier && (
            <section class="no-red-flag" aria-labelledby="no-red-flag-heading">
              <h2 id="no-red-flag-heading">{kb.selfCare.label}</h2>
              <p>{kb.selfCare.description}</p>
            </section>
          )}
          <details class="every-mention" open={focused}>
            <summary>{text.everyMention(digest.activeCount)}</summary>
            <MentionList kb={kb} posts={digest.posts} reveal={reveal} focusKey={report.focusPostKey} />
          </details>
        </>
      )}
      {reveal && (
        <p class="adapter">
          {report.fellBackFrom
            ? text.adapterFellBack(report.fellBackFrom.name)
            : report.adapter.id === 'generic'
              ? text.adapterGeneric
              : text.adapterLine(report.adapter.name)}
        </p>
      )}
      {reveal && <ReportMark report={report} text={uiText(kb.locale).report} label={uiText(kb.locale).card.report} />}
      <p class="disclaimer">{text.notDiagnosis}</p>
    </div>
  );
}
