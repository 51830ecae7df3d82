import { byUrgency, overallTier, type KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import type { DigestRedFlag } from './digest';

/** The page's warning signs, most urgent first, under the most urgent tier's label and action. */
export function RedFlagBanner({ kb, flags }: { kb: KnowledgeBundle; flags: readonly DigestRedFlag[] }) {
  const ids = flags.map((f) => f.id);
  const tier = kb.tiers[overallTier(ids, kb)];
  const text = uiText(kb.locale).popup;
  return (
    <section class={`red-flags tier-${tier.id}`} aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">
        <span aria-hidden="true">⚠ </span>
        {tier.label}
      </h2>
      <p class="tier-action">{tier.action}</p>
      <p class="red-flags-subheading">{text.redFlagsHeading}</p>
      <ul>
        {byUrgency(ids, kb).map((id) => {
          const flag = kb.redFlags[id];
          const quotes = flags.find((f) => f.id === id)?.quotes ?? [];
          return (
            <li key={id}>
              <strong>{flag.title}</strong> — {flag.action}
              {quotes[0] && <span class="quote"> {text.redFlagQuote(quotes[0])}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
