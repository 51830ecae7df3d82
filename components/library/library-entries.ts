import { byUrgency, type FaqId, type KnowledgeBundle, type RemedyId } from '../../core/knowledge';
import type { CauseId, RedFlagId } from '../../core/vocabulary';

export type LibraryEntry =
  | { kind: 'red-flag'; id: RedFlagId; haystack: string }
  | { kind: 'cause'; id: CauseId; haystack: string }
  | { kind: 'remedy'; id: RemedyId; haystack: string }
  | { kind: 'faq'; id: FaqId; haystack: string };

/** Every item of the knowledge base with its searchable words (title and text), red flags first, most urgent first. */
export function libraryEntries(kb: KnowledgeBundle): LibraryEntry[] {
  const text = (...parts: (string | readonly string[])[]) => parts.flat().join('\n').toLowerCase();
  return [
    ...byUrgency(Object.values(kb.redFlags)).map((f) => ({
      kind: 'red-flag' as const,
      id: f.id,
      haystack: text(f.title, f.why, f.action, Object.values(f.atTier ?? {})),
    })),
    ...Object.values(kb.causes).map((c) => ({
      kind: 'cause' as const,
      id: c.id,
      haystack: text(c.title, c.short, c.explanation, c.signs, c.evidence),
    })),
    ...Object.values(kb.remedies).map((r) => ({
      kind: 'remedy' as const,
      id: r.id,
      haystack: text(r.title, r.firstStep, r.summary, r.steps, r.dose, r.cautions, r.evidence),
    })),
    ...kb.faq.map((q) => ({ kind: 'faq' as const, id: q.id, haystack: text(q.question, q.answer) })),
  ];
}

/** Plain, case-insensitive substring search; an empty query keeps everything. */
export function searchLibrary(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const needle = query.trim().toLowerCase();
  return needle ? entries.filter((e) => e.haystack.includes(needle)) : [...entries];
}
