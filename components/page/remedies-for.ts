import type { KnowledgeBundle, RemedyId } from '../../core/knowledge';
import type { CauseId } from '../../core/vocabulary';

/** The best remedy of each of the top causes (distinct), or the general ones when no cause is hinted at. */
export function remediesFor(kb: KnowledgeBundle, causes: readonly CauseId[], limit = 3): RemedyId[] {
  const picked: RemedyId[] = [];
  for (const id of causes) {
    const remedy = kb.causes[id].remedies.find((r) => !picked.includes(r));
    if (remedy) picked.push(remedy);
    if (picked.length === limit) return picked;
  }
  return picked.length > 0 ? picked : kb.generalRemedies.slice(0, limit);
}
