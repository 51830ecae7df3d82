import { byUrgency, type KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import { flagAdvice } from '../shared/red-flag-advice';
import type { DigestRedFlag } from './digest';

/** The page's warning signs, most urgent first, under the most urgent tier's label and routing line. */
export function RedFlagBanner({ kb, flags }: { kb: KnowledgeBundle; flags: readonly DigestRedFlag[] }) {
  const sorted = byUrgency(flags);
  const top = sorted[0];
  if (!top) return null;
  const tier = kb.tiers[top.tier];
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
        {sorted.map((f) => {
          const flag = kb.redFlags[f.id];
          return (
            <li key={f.id} class={`tier-${f.tier}`}>
              <strong>{flag.title}</strong>
              {f.tier !== tier.id && <span class="tier-tag"> ({kb.tiers[f.tier].label})</span>} — {flagAdvice(flag, f.tier)}
              {f.quotes[0] && <span class="quote"> {text.redFlagQuote(f.quotes[0])}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
