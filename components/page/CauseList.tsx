import type { KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import type { LibraryTarget } from '../library/library-target';
import { GradeBadge } from '../shared/GradeBadge';
import type { DigestCause } from './digest';
import { LibraryLink } from './LibraryLink';

/** How many causes show before "Show all". */
const SHOWN = 3;
/** Quotes shown per cause: the first ones, the poster's before the others'. */
const QUOTES = 2;

/**
 * Factors the page hints at, best first, each with its evidence label and the words that hinted
 * at it; the top three show, the rest unfold.
 */
export function CauseList({
  kb,
  causes,
  openInLibrary,
}: {
  kb: KnowledgeBundle;
  causes: readonly DigestCause[];
  openInLibrary?: (target: LibraryTarget) => void;
}) {
  const text = uiText(kb.locale).popup;
  const item = (c: DigestCause) => {
    const cause = kb.causes[c.id];
    return (
      <li key={c.id}>
        <strong>
          <LibraryLink target={{ kind: 'cause', id: c.id }} open={openInLibrary} hint={text.openInLibrary}>
            {cause.title}
          </LibraryLink>
        </strong>
        <p class="cause-line">
          <GradeBadge kb={kb} grade={cause.grade} />
          {c.evidence.length > 0 && <span class="quote"> {text.evidenceQuote(c.evidence.slice(0, QUOTES))}</span>}
          {c.facts.length > 0 && <span class="quote"> {text.factEvidence(c.facts)}</span>}
        </p>
      </li>
    );
  };
  const rest = causes.slice(SHOWN);
  return (
    <section aria-labelledby="causes-heading">
      <h2 id="causes-heading">{text.causesHeading}</h2>
      <ol class="causes">{causes.slice(0, SHOWN).map(item)}</ol>
      {rest.length > 0 && (
        <details class="more">
          <summary>{text.showAllCauses(causes.length)}</summary>
          <ol class="causes" start={SHOWN + 1}>
            {rest.map(item)}
          </ol>
        </details>
      )}
    </section>
  );
}
