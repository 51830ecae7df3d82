import type { EvidenceGrade, KnowledgeBundle } from '../../core/knowledge';
import { uiText } from '../../ui-text/ui-text';

/** An evidence grade as words (never colour alone), with its meaning on hover. */
export function GradeBadge({ kb, grade }: { kb: KnowledgeBundle; grade: EvidenceGrade }) {
  const info = kb.grades[grade];
  return (
    <span class={`grade grade-${grade}`} title={info.description}>
      {uiText(kb.locale).library.grade(info.label)}
    </span>
  );
}
