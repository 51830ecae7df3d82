import type { KnowledgeBundle, RemedyId } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import { GradeBadge } from './GradeBadge';
import { SourceLinks } from './SourceLinks';

/**
 * A remedy: title, first step and dose, with the steps and cautions behind a disclosure;
 * `anchor` lets a link land on it.
 */
export function RemedyDetails({
  kb,
  id,
  withSources = false,
  anchor,
}: {
  kb: KnowledgeBundle;
  id: RemedyId;
  withSources?: boolean;
  anchor?: { id: string; tabIndex: number };
}) {
  const remedy = kb.remedies[id];
  const text = uiText(kb.locale).popup;
  return (
    <article class="remedy" {...anchor} aria-labelledby={`remedy-${id}`}>
      <h3 id={`remedy-${id}`}>{remedy.title}</h3>
      <p>
        <strong>{text.firstStep}:</strong> {remedy.firstStep}
      </p>
      <p>
        <strong>{kb.labels.dose}:</strong> {remedy.dose}
      </p>
      <details>
        <summary>{text.moreAboutRemedy}</summary>
        <h4>{kb.labels.steps}</h4>
        <ol>
          {remedy.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
        <h4>{kb.labels.cautions}</h4>
        <ul>
          {remedy.cautions.map((caution, i) => (
            <li key={i}>{caution}</li>
          ))}
        </ul>
        <p>
          <GradeBadge kb={kb} grade={remedy.grade} /> {remedy.evidence}
        </p>
        {withSources && <SourceLinks kb={kb} ids={remedy.sources} />}
      </details>
    </article>
  );
}
