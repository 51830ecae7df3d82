// NegEx/ConText-style triggers. Pre-negation triggers open a scope forward;
// post-negation triggers look back at what came just before them; pseudo-triggers
// look like negation but are not ("not only", "no improvement") and are matched
// first so they hide the trigger inside them.

export const PRE_NEGATION = [
  'no|not|never|without|zero|nil|none|neither|nor',
  'free of|from',
  'absence|absent of',
  'no longer|more',
  'not any|one',
  'didnt|dont|doesnt|havent|hasnt|hadnt|wasnt|werent|isnt|arent|never|cannot|cant|couldnt have|had|get|got|gotten|feel|felt|experience|experienced|notice|noticed|suffer|suffered|develop|developed|any',
  'did|do|does|have|has|had|was|were|is|are not have|had|get|got|feel|felt|experience|experienced|notice|noticed|any',
  'used to',
];

export const POST_NEGATION = [
  'gone|disappeared|vanished|resolved|subsided|fixed|stopped|ceased',
  'eased|settled|calmed off|down',
  'went|gone away',
  'cleared up',
  'cleared',
  'is|was|has+been|are|were gone|fixed|history|over',
  'healed up',
  'no more|longer',
  'is|was no more',
  'a thing of the past',
  'non+existent|nonexistent|none|nada|nil',
  'not|no+longer|isnt|wasnt|never an+issue|a+problem|a+thing|a+factor',
  'never came|returned|showed|appeared|materialised|materialized',
  'didnt|hasnt|havent|never come|came|return|returned|show|showed|appear|appeared|flare|flared',
  'hasnt|havent|didnt|never come back',
  'free',
];

export const PSEUDO_NEGATION = [
  'not only|just|sure|certain|necessarily|even|that|to+mention|the+only|a+big+deal',
  'no idea|clue|doubt|wonder|matter|change|improvement|better|relief|luck|end|one|way|joke|kidding',
  'nobody|noone',
  'never thought|expected|imagined|realised|realized|knew|understood',
  'stopped|stops|stopping me|us|him|her|them',
  'never goes|go|went away',
  'never really goes|went away',
  'wont|doesnt|didnt|hasnt|isnt|not go|going|gone|went away',
  'not improving|improved|helping|helped',
  'not getting better',
  'nothing helps|helped|works|worked|fixed|fixes|sorted|cured',
  'didnt|doesnt|hasnt|havent|wont|cant|not|never help|helped|fix|fixed|sort|sorted|cure|cured',
  'nothing like|beats|compares+to',
  'rather+than|instead+of|than better|improving|getting+better',
  // The runner stopping something, not the pain stopping: "eased once I stopped chest breathing".
  'i|we|you|ive stopped|stop|quit',
  'nothing has|seems+to help|helped|worked',
  'cant|cannot|couldnt get rid',
  'never stops|stopped',
  'wont|cant|doesnt|didnt|not stop|stopping',
  'not bad|too+bad|that+bad|as+bad|so+bad',
  'no matter what',
  'gone up|down',
  // Partly resolved is still there: "the ache mostly went away".
  'mostly|almost|nearly|partly|largely|half gone|went|eased|settled|cleared|disappeared|resolved|fixed',
];
