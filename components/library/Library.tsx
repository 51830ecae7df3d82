import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnowledgeBundle } from '../../core/knowledge';
import { RED_FLAG_TIERS } from '../../core/vocabulary';
import { uiText } from '../../ui-text/ui-text';
import { GradeBadge } from '../shared/GradeBadge';
import { RemedyDetails } from '../shared/RemedyDetails';
import { SourceLinks } from '../shared/SourceLinks';
import { libraryEntries, searchLibrary, type LibraryEntry } from './library-entries';
import { libraryEntryId, type LibraryTarget } from './library-target';
import { highlightSearch } from './search-matches';

/**
 * The whole knowledge base, searchable, with grades and sources, and what it rests on. Opened
 * at `focus`, it scrolls to that entry and focuses it.
 */
export function Library({ kb, focus }: { kb: KnowledgeBundle; focus?: LibraryTarget }) {
  const text = uiText(kb.locale).library;
  const entries = useMemo(() => libraryEntries(kb), [kb]);
  const [query, setQuery] = useState('');
  const found = searchLibrary(entries, query);
  const results = useRef<HTMLDivElement>(null);
  useEffect(() => void (results.current && highlightSearch(results.current, query)), [query]);
  const focusId = focus && libraryEntryId(focus);
  // Right after the entries are in the page, not after the next frame (which a background window may not get).
  useLayoutEffect(() => {
    const entry = focusId && document.getElementById(focusId);
    if (!entry) return;
    entry.scrollIntoView({ block: 'start' });
    entry.focus({ preventScroll: true });
  }, [focusId]);
  const sections: { kind: LibraryEntry['kind']; heading: string }[] = [
    { kind: 'red-flag', heading: kb.labels.redFlags },
    { kind: 'cause', heading: kb.labels.causes },
    { kind: 'remedy', heading: kb.labels.remedies },
    { kind: 'faq', heading: kb.labels.faq },
  ];
  return (
    <div class="library">
      <label class="search">
        <span>{text.searchLabel}</span>
        <input
          type="search"
          value={query}
          placeholder={text.searchPlaceholder}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      <p role="status" class="result-count">
        {found.length === 0 ? text.noResults(query.trim()) : text.resultCount(found.length)}
      </p>
      <div ref={results}>
        {sections.map(({ kind, heading }) => {
          const items = found.filter((e) => e.kind === kind);
          if (items.length === 0) return null;
          return (
            <section key={kind} aria-label={heading}>
              <h2>{heading}</h2>
              {items.map((entry) => (
                <LibraryItem key={entry.id} kb={kb} entry={entry} />
              ))}
            </section>
          );
        })}
      </div>
      <About kb={kb} />
    </div>
  );
}

function LibraryItem({ kb, entry }: { kb: KnowledgeBundle; entry: LibraryEntry }) {
  const text = uiText(kb.locale).library;
  switch (entry.kind) {
    case 'red-flag': {
      const flag = kb.redFlags[entry.id];
      return (
        <article class={`item red-flag-item tier-${flag.tier}`} {...anchor(entry)} aria-labelledby={`lib-${entry.kind}-${entry.id}`}>
          <h3 id={`lib-${entry.kind}-${entry.id}`}>{flag.title}</h3>
          <p>
            <strong>{text.urgency}:</strong> {kb.tiers[flag.tier].label}
          </p>
          <p class="tier-action">{kb.tiers[flag.tier].action}</p>
          <p>{flag.why}</p>
          <p>{flag.action}</p>
          {RED_FLAG_TIERS.map((tier) => {
            const note = tier === flag.tier ? undefined : flag.atTier?.[tier];
            return (
              note && (
                <p key={tier} class={`tier-note tier-${tier}`}>
                  <strong>{kb.tiers[tier].label}:</strong> {note}
                </p>
              )
            );
          })}
          <SourceLinks kb={kb} ids={flag.sources} />
        </article>
      );
    }
    case 'cause': {
      const cause = kb.causes[entry.id];
      return (
        <article class="item" {...anchor(entry)} aria-labelledby={`lib-${entry.kind}-${entry.id}`}>
          <h3 id={`lib-${entry.kind}-${entry.id}`}>{cause.title}</h3>
          <GradeBadge kb={kb} grade={cause.grade} />
          <p>{cause.explanation}</p>
          <h4>{kb.labels.signs}</h4>
          <ul>
            {cause.signs.map((sign, i) => (
              <li key={i}>{sign}</li>
            ))}
          </ul>
          <p>
            <strong>{kb.labels.evidence}:</strong> {cause.evidence}
          </p>
          <p>
            <strong>{kb.labels.remedies}:</strong> {cause.remedies.map((id) => kb.remedies[id].title).join(' · ')}
          </p>
          <SourceLinks kb={kb} ids={cause.sources} />
        </article>
      );
    }
    case 'remedy':
      return <RemedyDetails kb={kb} id={entry.id} withSources anchor={anchor(entry)} />;
    case 'faq': {
      const faq = kb.faq.find((q) => q.id === entry.id);
      if (!faq) return null;
      return (
        <article class="item" {...anchor(entry)} aria-labelledby={`lib-${entry.kind}-${entry.id}`}>
          <h3 id={`lib-${entry.kind}-${entry.id}`}>{faq.question}</h3>
          {faq.answer.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <SourceLinks kb={kb} ids={faq.sources} />
        </article>
      );
    }
  }
}

/** What lets a link land on an entry: its id, and focus without a Tab stop. */
function anchor(entry: LibraryEntry) {
  return { id: libraryEntryId(entry), tabIndex: -1 };
}

function About({ kb }: { kb: KnowledgeBundle }) {
  return (
    <section class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{kb.about.title}</h2>
      {kb.about.sections.map((section) => (
        <div key={section.heading}>
          <h3>{section.heading}</h3>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ))}
      <p class="reviewed">{kb.about.lastReviewedLabel}</p>
    </section>
  );
}
