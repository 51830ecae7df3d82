// Words that say something hurts. UK and US spellings; "weak" ones ("issues",
// "bad") only count right next to the body location.

export const PAIN_WORDS = [
  'pain|pains|painful|paining|painfull',
  'ache|aches|aching|achy|achey|ached|achiness|acheing',
  'sore|soreness|sorer|sorest',
  'stiff|stiffness|stiffer|stiffened|stiffening|stiffens|stiffen',
  'tight|tightness|tighter|tightening|tightened|tightens|tighten',
  'spasm|spasms|spasming|spasmed|spasmodic',
  'knot|knots|knotted|knotty',
  'twinge|twinges|twingy|twingey|twinged|twinging',
  'burning|burns|burned|burnt',
  'hurt|hurts|hurting|hurted',
  'tender|tenderness',
  'killing|killin|kills|murdering me|him|her|them|us',
  // The back ended the run: "my lower back made me stop".
  'made|makes|forced|forces me stop|walk|quit|call+it|pull+out|drop+out|bail|abandon',
  'wrecked|trashed|destroyed|toast|smashed',
  'tweak|tweaked|tweaking|tweaky',
  'pulled',
  'strain|strained|straining|sprain|sprained',
  'niggle|niggles|niggly|niggling|niggled',
  'discomfort|uncomfortable',
  'on fire',
  'seized|seizing|seizes|seize|locked|locking|locks|lock up',
  'seized',
  'seize|seizes|seizing',
  'injured|injuring',
  'agony|agonising|agonizing|excruciating',
  'throbbing|throbs|throb|throbbed',
  'stabbing|shooting|stabbed|stab|stabs|stinging|stings|pang|pangs|knife|knifelike|dagger',
  'nursing|nursed|nurse|sciatica|sciatic',
  // The back as a fussy eater: "my back doesn't like hills", "my back can't handle long runs".
  'doesnt|dont|didnt|does+not|do+not like|love|enjoy',
  'cant|couldnt|cannot handle|take|tolerate|cope',
  // "my back is driving me mad".
  'driving|drives|drove me crazy|mad|nuts|insane|bonkers|up+the+wall|round+the+bend|around+the+bend',
  'tearing|ripping|ripped|rip|rips|torn|tore|twisted',
  'bulge|bulges|herniation|prolapse',
  'twang|twanged|twanging|twangy',
  'bruised|bruise|bruising',
  'cramp|cramps|cramping|cramped',
  'pinch|pinched|pinching|pinchy',
  'crick|kink|kinked',
  'bothering|bothers|bothered|bugging|bugs|bugged me',
  'acting|acts|acted|act|playing|plays|played|play up',
  'flare|flares|flaring|flared',
  'flare+up|flareup|flareups',
  'scream|screaming|screams|screamed|complaining|complains|complain|complained|protest|protesting|protests|protested|barking|grumble|grumbling|grumbles|grumbled|grumbly|moaning|moans|moaned|griping|gripes|griped|grumpy|cranky|angry|unhappy|crampy|cooked|fried|knackered|ruined|banjaxed|wonky|janky|stuffed|hate|hates|hated|hating',
  'in+bits|a+mess|a+wreck|messed+up|jacked+up|mess+with|messing+with|messes+with',
  // A back that lets the runner down: "my back failed me at 30k", "the back at its worst".
  'failed|fails|failing me|on+me',
  'let|lets|letting me down',
  'at its|it+is worst',
  'locked|nag|nagging|nags|nagged|ping|pinged|grabs|grabbed|grabbing',
  'goes|went|gone|going|turned|turns rigid',
  'doesnt|didnt|dont|isnt|wasnt feel|feels|_ right|normal',
  // The back as a sulking person: "my back sulked all day", "lower back was shouting at me".
  'sulk|sulks|sulked|sulking|shouting|shouted|yelling|yelled|whinging|whining|whined|sulky',
  'an earful',
  // A complaint as a sound: "hasn't made a peep" (negated), "not a squeak from my back".
  'a peep|squeak|murmur|whimper|flicker',
  'hot+spot|hotspot|sore+spot|tender+spot|sharp+spot|painful+spot|tight+spot|achy+spot',
  // "suffers with her back": British for back trouble.
  'suffer|suffers|suffered|suffering with|from my|your|his|her',
  'irritate|irritates|irritating',
  'bother|bothers|bothered|bothering my|your|his|her|the',
  'pays|paid|paying|pay for+it|for+them|for+that|for+every+one|for+each+one',
  // "my lower back took a beating on the descent".
  'took|takes|taking|taken a|_ real|proper|right|serious|_ beating|battering|hammering|pounding',
  // "my back hasn't felt right since": never well again is still unwell.
  'hasnt|havent|hadnt|has+not|have+not|never been|felt right|normal|the+same',
  // "has been waking me up": the pain at night.
  'waking|wakes|woke|wake me|you|him|her|us up',
  // Rigid after the back, not before it ("a pack with a rigid back").
  'is|was|feels|felt|been|gets|got|stays|went|goes rigid',
  'rigid for|from|until|till|all|since|this|today|again|every',
  'gave|gives|giving me any|the|some|_ grief|trouble|bother|problems|issues|hell|jip|gyp|hassle|gip|aggro',
  'like concrete|cardboard|wood|a+brick|a+board|a+plank|a+rock',
  'turned|turns|turning|gone|went to concrete|stone|wood|cardboard|a+brick|a+board|a+plank|a+rock',
  // A back that will not do what it is asked: "my lower back just says no", "refuses to bend".
  'just|simply|basically|flat+out says|said|goes no|nope',
  'refuses|refused|refusing',
  'creaking|creaks|creaked',
  'compressed|crunched|squashed',
  'done in',
  // "in a right state", "gone on strike", "won't have it", "like it's been kicked".
  'in a right|bad|sorry|terrible|real state|way',
  'in a state',
  'gone|went|going|is|was on strike',
  'wont|doesnt|didnt|wouldnt have it|any+of+it',
  'been kicked|stamped+on|run+over|beaten|battered|trampled',
  'ouchy|owie|owwie',
  // A back that joins the other complaints: "and now my lower back has joined in".
  'joined|joining|joins|join in|the+party',
  'gets|got|goes|went|getting|going sharp',
  'like|as a|an literal|solid|_ brick|board|plank|rock|slab|cable|rope|vice|vise',
  'like|as steel|_ cables|ropes|rope|wire|rods|iron',
  'rock+hard|wreck|wrecks|wrecking|kill|destroy|destroys|destroying|murder|murders|trash|trashes|dysfunction|dysfunctional|irritation|irritated|inflammation|inflamed',
  'telling|tells me|you|us something',
  'tension|tense',
  'not great|good|ok|okay|right|happy|fine|well',
  'not|never fully|completely|totally|entirely|quite|yet|really healed|recovered|better|fine|right|gone|resolved',
  'not healed|recovered|better|gone|resolved',
];

export const WEAK_PAIN_WORDS = [
  'problem|problems|issue|issues|trouble|troubles|injury|injuries|bad|dodgy|funny|weird|off|shot|went|saga|woes|struggles|drama',
  'jar|jars|jarred|jarring|jolt|jolts|jolted|jolting',
  'worse|worsening|worsened',
  // "Not just my lower back, my whole back aches": the back is taken to hurt.
  'not only|just',
  // A remedy's effect on the back discusses its pain ("rows fixed my upper back", CONTRACT §1).
  'help|helps|helped|fix|fixes|fixed|sort|sorts|sorted|cure|cures|cured|affecting|affects|affected my|your|his|her',
  // "stress shows up in my back", "I feel it in my lower back".
  'feel|feels|felt|feeling it|that|this in my|your|his|her|the',
  'shows|show|showed|showing up in my|your|his|her',
  'went|goes|gave|gives|giving out',
  'gave way',
  'out of whack|alignment|place',
  // Adjectives of a back with a mood, right next to it: "my temperamental back", "back's been iffy".
  // Loosening tells it was stiff: "lower back loosens by the time the kettle's boiled".
  'loosens|loosening|loosened|loosen',
  'temperamental|iffy|ropey|ropy|creaky|crocked|screwed|hosed|borked|busted|rough|fragile|delicate',
  'awful|terrible|horrible|horrendous|dreadful|shocking|rubbish|a+nightmare|nightmare',
  // "issues with my back": the back's trouble named before it.
  'issue|issues|problem|problems|trouble|troubles with my|the|his|her',
];

/** Pain scores of activity notes: "Back: 0/10", "LBP 2/10", "back 6 out of 10". */
export const PAIN_SCORES = ['# / #', '# out of #'];

/** Words saying the back is fine: with a location they make a negated mention ("back felt fine"). */
export const RESOLUTION_WORDS = [
  'fine|ok|okay|good|great|perfect|healed|recovered|solid|amazing|grand|happy|strong|better|improving|improved',
  'pain+free|painfree',
  'back to normal',
  'all+good|a+ok',
  'held|holding up',
  'happier|calmer|behaving|behaved|behaves|survived|survives',
  'settled|calmed down',
  'no bother|problems|trouble|dramas',
  'quiet|silent',
  'no|zero|nil complaints|grumbles|niggles|issues',
];
