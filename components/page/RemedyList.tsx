import type { KnowledgeBundle, RemedyId } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import type { LibraryTarget } from '../library/library-target';
import { LibraryLink } from './LibraryLink';

/** How many remedies show before the rest unfold. */
const SHOWN = 3;

/**
 * What can help, best first: the top three by name and first step (their steps and cautions are
 * in the Library), the rest folded. Under an emergency warning the whole list is folded too.
 */
export function RemedyList({
  kb,
  remedies,
  general,
  folded,
  openInLibrary,
}: {
  kb: KnowledgeBundle;
  remedies: readonly RemedyId[];
  /** No cause is hinted at: these are the ones that help most back pain. */
  general: boolean;
  folded: boolean;
  openInLibrary?: (target: LibraryTarget) => void;
}) {
  const text = uiText(kb.locale).popup;
  const item = (id: RemedyId) => (
    <article key={id} class="remedy" aria-labelledby={`remedy-${id}`}>
      <h3 id={`remedy-${id}`}>
        <LibraryLink target={{ kind: 'remedy', id }} open={openInLibrary} hint={text.openInLibrary}>
          {kb.remedies[id].title}
        </LibraryLink>
      </h3>
      <p>
        <strong>{text.firstStep}:</strong> {kb.remedies[id].firstStep}
      </p>
    </article>
  );
  const rest = remedies.slice(SHOWN);
  const list = (
    <section class="remedies" aria-labelledby="remedies-heading">
      <h2 id="remedies-heading">{text.remediesHeading}</h2>
      {general && <p>{text.generalRemediesNote}</p>}
      {remedies.slice(0, SHOWN).map(item)}
      {rest.length > 0 && (
        <details class="more">
          <summary>{text.moreRemedies(rest.length)}</summary>
          {rest.map(item)}
        </details>
      )}
    </section>
  );
  if (!folded) return list;
  return (
    <details class="not-emergency">
      <summary>{text.notAnEmergency}</summary>
      {list}
    </details>
  );
}
