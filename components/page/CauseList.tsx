import type { KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import { GradeBadge } from '../shared/GradeBadge';
import type { DigestCause } from './digest';

/** Factors the page hints at, best first, each with its evidence grade and the words that hinted at it. */
export function CauseList({ kb, causes }: { kb: KnowledgeBundle; causes: readonly DigestCause[] }) {
  const text = uiText(kb.locale).popup;
  return (
    <section aria-labelledby="causes-heading">
      <h2 id="causes-heading">{text.causesHeading}</h2>
      <ol class="causes">
        {causes.map((c) => {
          const cause = kb.causes[c.id];
          return (
            <li key={c.id}>
              <strong>{cause.title}</strong> <GradeBadge kb={kb} grade={cause.grade} />
              {c.evidence.length > 0 && <p class="quote">{text.evidenceQuote(c.evidence.slice(0, 3))}</p>}
              {c.facts.length > 0 && <p class="quote">{text.factEvidence(c.facts)}</p>}
              <p>{cause.short}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
