// Words that tell whose symptom a red flag is, and when it was (see writersOwnNow).

/** A person other than the writer: "my uncle had night sweats", "her legs went numb". */
const PEOPLE = [
  'he', 'she', 'his', 'her', 'him', 'hes', 'shes', 'hed', 'shed',
  'mum', 'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'grandma', 'grandmother', 'granny', 'granddad', 'grandad',
  'grandfather', 'grandpa', 'nan', 'aunt', 'auntie', 'uncle', 'cousin', 'sister', 'brother', 'wife', 'husband', 'partner',
  'boyfriend', 'girlfriend', 'son', 'daughter', 'friend', 'mate', 'buddy', 'pal', 'colleague', 'coworker', 'neighbour',
  'neighbor', 'teammate', 'clubmate', 'someone', 'somebody', 'guy', 'bloke', 'lady', 'woman', 'man', 'people', 'others',
  'runners', 'patients', 'patient', 'client', 'clients', 'coach', 'physio', 'boss', 'teacher',
];
/** "my wife's legs": the apostrophe is dropped, so the possessive is one more word. */
export const OTHER_PEOPLE_WORDS = [...PEOPLE, ...PEOPLE.filter((word) => word.length > 3 && !word.endsWith('s')).map((word) => `${word}s`)];

/** "posting for my friend", "asking on behalf of my dad": the person posted for is the patient. */
export const PROXY_WORDS = ['behalf'];
export const PROXY_VERBS = ['posting', 'asking', 'writing', 'post', 'ask', 'write'];

/** "years ago": with "ago", a time this far back is a past event (months ago may have begun what goes on now). */
export const LONG_AGO_UNITS = ['years', 'year', 'yrs', 'yr', 'decades', 'decade'];
/** "last year", "last spring": with "last", a time this far back is a past event ("last week" may be now). */
export const LAST_UNITS = ['year', 'spring', 'summer', 'autumn', 'winter', 'season'];
/** "as a kid", "when I was a teenager": the writer's younger self. */
export const YOUNGER_SELF = ['kid', 'child', 'teenager', 'teen', 'youngster', 'boy', 'girl', 'student'];
export const YOUNGER_SELF_LEADS = ['as', 'was'];
export const PAST_LIFE_WORDS = ['childhood', 'teens', 'youth'];

/** These end the past event's clause: "a fall years ago, but now my legs are numb", "niggly all last year before my calf went numb". */
export const PRESENT_TURNS = ['but', 'now', 'today', 'currently', 'recently', 'lately', 'again', 'yesterday', 'tonight', 'this', 'since', 'before'];
/** Before a symptom, these start a clause of the present too: "pain began years ago and is getting worse". */
export const PRESENT_BEFORE = ['and', 'is', 'are', 'am', 'im', 'its', 'still', 'keeps'];
