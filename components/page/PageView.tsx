import type { KnowledgeBundle } from '../../core/knowledge';
import type { PageReport } from '../../page/report';
import { uiText } from '../../ui-text/ui-text';
import { RemedyDetails } from '../shared/RemedyDetails';
import { CauseList } from './CauseList';
import { digestReport } from './digest';
import { MentionList } from './MentionList';
import { RedFlagBanner } from './RedFlagBanner';
import { ReportMark } from './ReportMark';
import { remediesFor } from './remedies-for';

/**
 * One page's (or one selection's) picture: warning signs first, then the mentions, the factors
 * the text hints at and what can help. Without `reveal` it is a selection, not a live page.
 */
export function PageView({
  kb,
  report,
  reveal,
  emptyText,
}: {
  kb: KnowledgeBundle;
  report: PageReport;
  reveal?: (postKey: number, mentionIndex: number) => Promise<boolean>;
  emptyText: string;
}) {
  const text = uiText(kb.locale).popup;
  const digest = digestReport(report);
  const remedies = remediesFor(
    kb,
    digest.causes.map((c) => c.id),
  );
  return (
    <div class="page-view">
      {digest.redFlags.length > 0 && <RedFlagBanner kb={kb} flags={digest.redFlags} />}
      <p class="summary" role="status">
        {digest.activeCount === 0
          ? emptyText
          : text.summary(digest.activeCount, digest.mainRegion && kb.regions[digest.mainRegion].label)}
      </p>
      {digest.activeCount > 0 && (
        <>
          <MentionList kb={kb} posts={digest.posts} reveal={reveal} focusKey={report.focusPostKey} />
          {digest.causes.length > 0 && <CauseList kb={kb} causes={digest.causes} />}
          <section aria-labelledby="remedies-heading">
            <h2 id="remedies-heading">{text.remediesHeading}</h2>
            {digest.causes.length === 0 && <p>{text.generalRemediesNote}</p>}
            {remedies.map((id) => (
              <RemedyDetails key={id} kb={kb} id={id} />
            ))}
          </section>
          {digest.redFlags.length === 0 && (
            <section class="no-red-flag" aria-labelledby="no-red-flag-heading">
              <h2 id="no-red-flag-heading">{kb.selfCare.label}</h2>
              <p>{kb.selfCare.description}</p>
            </section>
          )}
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
