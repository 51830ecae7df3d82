import type { KnowledgeBundle, SourceId } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';

/** A knowledge item's sources; links open in a new tab and say so to screen readers. */
export function SourceLinks({ kb, ids }: { kb: KnowledgeBundle; ids: readonly SourceId[] }) {
  const text = uiText(kb.locale).library;
  return (
    <div class="sources">
      <span class="sources-label">{kb.labels.sources}:</span>
      <ul>
        {ids.map((id) => {
          const source = kb.sources[id];
          return (
            <li key={id}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.publisher}: {source.title} ({source.year})
                <span class="visually-hidden"> {text.opensInNewTab}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
