import { useState } from 'preact/hooks';
import { byUrgency, type KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import type { LibraryTarget } from '../library/library-target';
import { postWhose } from '../shared/post-whose';
import { flagAdvice } from '../shared/red-flag-advice';
import type { DigestRedFlagPost } from './digest';
import { LibraryLink } from './LibraryLink';

/**
 * The posts that name warning signs, most urgent first, one line each with whose post it is and
 * its words; then the most urgent tier's routing line, said once, which is what to do now. Each
 * sign's own advice unfolds under it, its name opening its Library entry.
 */
export function RedFlagBanner({
  kb,
  posts,
  postCount,
  reveal,
  openInLibrary,
}: {
  kb: KnowledgeBundle;
  /** Most urgent first, as the digest gives them. */
  posts: readonly DigestRedFlagPost[];
  /** How many posts the page has, to word a post without an author. */
  postCount: number;
  reveal?: (postKey: number, mentionIndex: number) => Promise<boolean>;
  openInLibrary?: (target: LibraryTarget) => void;
}) {
  const [failed, setFailed] = useState(false);
  const top = posts[0];
  if (!top) return null;
  const tier = kb.tiers[top.tier];
  const text = uiText(kb.locale).popup;
  return (
    <section class={`red-flags tier-${tier.id}`} aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">
        <span aria-hidden="true">⚠ </span>
        {tier.label}
      </h2>
      <ul aria-label={text.redFlagsHeading}>
        {posts.map((post) => {
          const mentionIndex = post.mentionIndex;
          return (
            <li key={post.key} class={`tier-${post.tier}`}>
              <span class="quote">
                {text.redFlagsIn(postWhose(post.label, post.position, postCount), post.flags.flatMap((f) => f.quotes))}
              </span>
              {post.tier !== tier.id && <span class="tier-tag"> ({kb.tiers[post.tier].label})</span>}
              {reveal && mentionIndex !== undefined && (
                <>
                  {' '}
                  <button
                    type="button"
                    class="reveal-post"
                    title={text.revealHint}
                    onClick={() => reveal(post.key, mentionIndex).then((ok) => setFailed(!ok), () => setFailed(true))}
                  >
                    {text.showPost}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {failed && <p role="status">{text.revealFailed}</p>}
      <p class="tier-action">{text.ifThisIsYou(tier.action)}</p>
      <details class="flag-advice">
        <summary>{text.flagAdvice}</summary>
        {byUrgency(posts.flatMap((p) => p.flags)).map((f) => (
          <p key={f.id}>
            <strong>
              <LibraryLink target={{ kind: 'red-flag', id: f.id }} open={openInLibrary} hint={text.openInLibrary}>
                {kb.redFlags[f.id].title}
              </LibraryLink>
            </strong>
            {f.tier !== tier.id && <span class="tier-tag"> ({kb.tiers[f.tier].label})</span>}: {flagAdvice(kb.redFlags[f.id], f.tier)}
          </p>
        ))}
      </details>
    </section>
  );
}
