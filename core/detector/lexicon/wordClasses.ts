// Single words with a grammatical job in scope rules.

/** May sit between a body location and its pain word without breaking the link. */
export const FILLERS = `my your his her our their the a an this these those is was are were be been being am im
ive its it has have had having gets get got getting feel feels felt feeling started starting starts start began
begun begins keeps kept to still so really actually properly very super quite pretty bit little slightly mildly kinda kind sort of
in on at with across along through around between under near up down left right side sides both area region part
parts muscle muscles just also always sometimes often again constantly totally completely absolutely extremely
incredibly seriously badly horribly terribly insanely all lot even somewhat occasionally usually generally
especially particularly some any such weird strange nagging dull sharp mild slight constant chronic acute
persistent occasional recurring intense minor major terrible awful horrible real actual serious annoying random
sudden new same whole entire usual typical familiar lingering deep that like tad way much more most
today tonight yesterday now lately recently`;

/** "back and hip pain", "back/neck pain". */
export const COORDINATORS = 'and or nor plus /';

/** Clause-level terminators: close every scope and break every link (ConText). */
export const BREAKS = `but however although though yet except whereas while because cause cuz coz since until till
unless which who whom whose if when whenever then besides otherwise meanwhile anyway anyways`;

/** Negative words anywhere between a location and its pain word negate the mention ("back didn't hurt"). */
export const NEGATIVE_WORDS = `no not never didnt doesnt dont isnt wasnt arent werent hasnt havent hadnt wont cant
couldnt wouldnt shouldnt cannot nothing none neither nor without aint nope`;

/** After a negated mention these mean it came later: "never had back pain until I ran hills". */
/** "are back pain free": after these, "back" followed by a pain word is still the body. */
export const COPULAS = 'is was are were be been being im its';

export const UNTIL_WORDS = 'until till before til';

/** ConText's hypothetical triggers of one word (the longer ones are phrases, see lexicon/hypothetical). */
export const HYPOTHETICAL_WORDS = 'if unless';

/** "not sure if", "wondering if", "feels as if": "if" that asks or compares is no hypothetical. */
export const WHETHER_WORDS = `sure unsure wonder wonders wondering wondered know knows knew ask asks asking asked see seeing
check checking tell telling curious question as`;

/**
 * "if I run 10k, my legs go numb": an if-clause about the writer's own runs tells what happens to
 * them, so it opens no hypothetical scope (a warning sign said that way is still a warning sign).
 */
export const FIRST_PERSON_WORDS = 'i im ive id ill my me myself';

/** "get back pain", "think back pain": after a verb that makes "back" an adverb, a pain noun keeps it the body. */
export const PAIN_NOUNS = 'pain pains ache aches soreness stiffness tightness spasm spasms twinges niggles';

/** After a comma, these turn from what was denied to what is so: "no numbness, just a sore back". */
export const LIST_END_WORDS = 'just only';
