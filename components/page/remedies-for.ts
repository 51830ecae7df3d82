import type { KnowledgeBundle, RemedyId } from '../../core/knowledge';
import type { CauseId } from '../../core/vocabulary';

/**
 * Remedies for the causes, best first: each cause's best remedy (causes in their order), then
 * their second best, and so on, then the general ones that help most back pain; each once.
 */
export function remediesFor(kb: KnowledgeBundle, causes: readonly CauseId[]): RemedyId[] {
  const perCause = causes.map((id) => kb.causes[id].remedies);
  const picked = new Set<RemedyId>();
  const longest = Math.max(0, ...perCause.map((r) => r.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const remedies of perCause) {
      const id = remedies[rank];
      if (id) picked.add(id);
    }
  }
  for (const id of kb.generalRemedies) picked.add(id);
  return [...picked];
}
