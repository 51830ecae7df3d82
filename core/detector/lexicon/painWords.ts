// Words that say something hurts. UK and US spellings; "weak" ones ("issues",
// "bad") only count right next to the body location.

export const PAIN_WORDS = [
  'pain|pains|painful|paining|painfull',
  'ache|aches|aching|achy|achey|ached|achiness|acheing',
  'sore|soreness|sorer|sorest',
  'stiff|stiffness|stiffer|stiffened|stiffening|stiffens',
  'tight|tightness|tighter|tightening|tightened|tightens',
  'spasm|spasms|spasming|spasmed|spasmodic',
  'knot|knots|knotted|knotty',
  'twinge|twinges|twingy|twingey|twinged|twinging',
  'burning|burns|burned|burnt',
  'hurt|hurts|hurting|hurted',
  'tender|tenderness',
  'killing|killin|kills|murdering me',
  'wrecked|trashed|destroyed|toast|smashed',
  'tweak|tweaked|tweaking|tweaky',
  'pulled',
  'strain|strained|straining|sprain|sprained',
  'niggle|niggles|niggly|niggling|niggled',
  'discomfort|uncomfortable',
  'on fire',
  'seized|seizing|seizes|locked|locking|locks up',
  'seized',
  'injured|injuring',
  'agony|agonising|agonizing|excruciating',
  'throbbing|throbs|throb|throbbed',
  'stabbing|shooting',
  'cramp|cramps|cramping|cramped',
  'pinch|pinched|pinching|pinchy',
  'crick|kink|kinked',
  'bothering|bothers|bothered|bugging me',
  'acting|playing up',
  'flare|flares|flaring|flared',
  'flare+up|flareup|flareups',
  'screaming|complaining|protesting',
  'tension|tense',
  'not great|good|ok|okay|right|happy|fine|well',
  'not|never fully|completely|totally|entirely|quite|yet|really healed|recovered|better|fine|right|gone|resolved',
  'not healed|recovered|better|gone|resolved',
];

export const WEAK_PAIN_WORDS = [
  'problem|problems|issue|issues|trouble|troubles|injury|injuries|bad|dodgy|funny|weird|off|shot',
  'went|goes|gave|gives|giving out',
  'gave way',
  'out of whack|alignment|place',
];

/** Words saying the back is fine: with a location they make a negated mention ("back felt fine"). */
export const RESOLUTION_WORDS = [
  'fine|ok|okay|good|great|perfect|healed|recovered|solid|amazing|grand|happy|strong',
  'pain+free|painfree',
  'back to normal',
  'all+good|a+ok',
  'held|holding up',
];
