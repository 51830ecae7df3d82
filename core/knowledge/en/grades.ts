import type { EvidenceGrade } from '../ids';
import type { GradeText } from '../types';

export const GRADES: Record<EvidenceGrade, GradeText> = {
  'well-supported': {
    label: 'Well supported',
    description: 'Good-quality reviews or major guidelines agree on it.',
  },
  mixed: {
    label: 'Mixed evidence',
    description:
      'Some studies support it and others do not, or it has been shown in related groups but not in runners with back pain.',
  },
  'little-evidence': {
    label: 'Little evidence',
    description:
      'Mostly based on experience, theory or small studies; research has not shown a clear link. Still worth trying if it is safe and you find it helps.',
  },
};
