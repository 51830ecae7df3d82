import { byUrgency, type KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import type { LibraryTarget } from '../library/library-target';
import { flagAdvice } from '../shared/red-flag-advice';
import type { DigestRedFlag } from './digest';
import { LibraryLink } from './LibraryLink';

/**
 * The page's warning signs, most urgent first, under the most urgent tier's label and routing
 * line (said once), which is what to do now; the most urgent sign's own advice unfolds under
 * it, and every sign's name opens its Library entry, where the rest of the advice is.
 */
export function RedFlagBanner({
  kb,
  flags,
  openInLibrary,
}: {
  kb: KnowledgeBundle;
  flags: readonly DigestRedFlag[];
  openInLibrary?: (target: LibraryTarget) => void;
}) {
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
      <ul aria-label={text.redFlagsHeading}>
        {sorted.map((f) => {
          const flag = kb.redFlags[f.id];
          return (
            <li key={f.id} class={`tier-${f.tier}`}>
              <strong>
                <LibraryLink target={{ kind: 'red-flag', id: f.id }} open={openInLibrary} hint={text.openInLibrary}>
                  {flag.title}
                </LibraryLink>
              </strong>
              {f.tier !== tier.id && <span class="tier-tag"> ({kb.tiers[f.tier].label})</span>}
              {f.quotes[0] && <span class="quote"> {text.redFlagQuote(f.quotes[0])}</span>}
              {f === top && (
                <details class="flag-advice">
                  <summary>{text.flagAdvice}</summary>
                  <p>{flagAdvice(flag, f.tier)}</p>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
