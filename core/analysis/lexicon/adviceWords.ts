// Words that make a sentence naming red flags advice, not a report (see adviceSentences).
export const ADVICE_WORDS = [
  'doctor', 'doctors', 'gp', 'ecg', 'rayed', 'checked', 'checking', 'flag', 'flags', 'watch', 'looked',
  // Advice passed on: "my physio's rule", "I'm quoting my physio".
  'rule', 'advice', 'quoting',
];

/** A question with one of these asks about a symptom: "any numbness?", "did you have a fever?". */
export const ASKED_WORDS = ['any', 'you'];
