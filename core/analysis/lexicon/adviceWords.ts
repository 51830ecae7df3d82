// Words that make a sentence naming red flags advice, not a report (see adviceSentences).
export const ADVICE_WORDS = [
  'doctor', 'doctors', 'gp', 'ecg', 'rayed', 'checked', 'checking', 'flag', 'flags', 'watch', 'warning', 'sign',
  // Advice passed on: "my physio's rule", "I'm quoting my physio".
  'rule', 'advice', 'quoting',
];

/** "get it looked at" is advice; "my pee looked like tea" is a report. */
export const LOOKED_WORDS = ['looked'];
export const AT_WORDS = ['at'];

/** "I read that numbness in both legs is a warning sign": what the writer read, not what they have. */
export const READ_WORDS = ['read', 'heard', 'googled'];

/** "won't go to the doctor", "haven't seen a GP": a doctor not seen is no advice ("not a doctor, but…" still is). */
export const NOT_SEEN_WORDS = ['wont', 'havent', 'hasnt', 'hadnt', 'didnt', 'cant', 'refuses', 'refused', 'wouldnt'];

/** A question with one of these asks about a symptom: "any numbness?", "did you have a fever?". */
export const ASKED_WORDS = ['any', 'you'];
