// ConText's hypothetical triggers longer than one word ("if" and "unless" are
// word classes): what follows them is a condition spoken of, not a symptom had.

export const HYPOTHETICAL = [
  'in case',
  'should you|it|the|your|there|any',
  'watch|look out for',
  // A question put to the writer: "the physio asked whether I'd ever had cancer".
  'asked|asks|asking whether|if|me+whether|me+if',
  'keep an eye on|out+for',
  'red+flags|warning+signs|warning+signals are|include|like|such+as',
  // General advice listing what to see a doctor about: "needs a doctor rather than a coach: numbness, fever…".
  'needs|need|warrants|requires a+doctor|a+gp|medical+attention|urgent+care',
];
