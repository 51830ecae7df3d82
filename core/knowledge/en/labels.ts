import type { UiLabels } from '../types';

export const LABELS: UiLabels = {
  causes: 'Possible factors',
  remedies: 'What can help',
  redFlags: 'When to see a doctor',
  faq: 'Questions runners ask',
  sources: 'Sources',
  signs: 'What you might notice',
  steps: 'How to do it',
  dose: 'How much',
  cautions: 'Take care',
  evidence: 'Evidence',
  regions: 'Part of the back',
  about: 'About this information',
};
