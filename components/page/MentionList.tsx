import { useEffect, useRef, useState } from 'preact/hooks';
import type { KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';
import type { DigestPost } from './digest';

/**
 * Active mentions grouped by post; with `reveal`, each one scrolls the page to it. The post a
 * card asked about (`focusKey`) is scrolled to and focused, so the popup opens at it.
 */
export function MentionList({
  kb,
  posts,
  reveal,
  focusKey,
}: {
  kb: KnowledgeBundle;
  posts: readonly DigestPost[];
  reveal?: (postKey: number, mentionIndex: number) => Promise<boolean>;
  focusKey?: number;
}) {
  const text = uiText(kb.locale).popup;
  const [failed, setFailed] = useState(false);
  const focused = useRef<HTMLDivElement>(null);
  // Focusing scrolls the post into view too.
  useEffect(() => focused.current?.focus(), [focusKey]);
  return (
    <section aria-label={text.mentionsHeading}>
      {failed && <p role="status">{text.revealFailed}</p>}
      {posts.map((post, n) => {
        const label = post.label ?? text.postLabel(n + 1);
        return (
          <div
            class={post.key === focusKey ? 'post focused' : 'post'}
            role="group"
            aria-label={label}
            aria-current={post.key === focusKey ? 'true' : undefined}
            tabIndex={post.key === focusKey ? -1 : undefined}
            ref={post.key === focusKey ? focused : undefined}
            key={post.key}
          >
            <span class="post-label" aria-hidden="true">
              {label}
            </span>
            <ul class="mentions">
              {post.mentions.map((m) => {
                const body = (
                  <>
                    <span class="mention">“{m.text}”</span> <span class="region">{kb.regions[m.region].label}</span>
                  </>
                );
                return (
                  <li key={m.index}>
                    {reveal ? (
                      <button
                        type="button"
                        class="mention-button"
                        title={text.revealHint}
                        onClick={() => reveal(post.key, m.index).then((ok) => setFailed(!ok), () => setFailed(true))}
                      >
                        {body}
                      </button>
                    ) : (
                      body
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
