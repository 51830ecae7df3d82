// Phrases that should make a runner see a doctor (CONTRACT §1 red flags).
import type { RedFlagId } from '../../vocabulary';

const MY = 'my|the|his|her|your|both|_';
const LIMBS = 'leg|legs|arm|arms|foot|feet|hand|hands|thigh|thighs|calf|calves|toes|fingers|knee|knees|butt|bum|buttock|buttocks|glute|glutes|side';

export const RED_FLAG_CUES: Record<RedFlagId, string[]> = {
  'chest-pain': [
    'chest pain|pains|pressure|tightness|discomfort|ache|aches|aching|hurts|hurt|hurting|heaviness|squeezing|crushing|tight|heavy',
    'pain|pressure|tightness|discomfort|ache|heaviness|squeezing|crushing|burning|weight in|on|across my|the chest',
    'tight|heavy|crushing|sore|painful chest', 'tight|crushing|heavy|squeezing|pressure feeling|sensation in|on|across my|the chest',
    'tight|heavy|squeezing|crushing band|weight|pressing+feeling across|around|round|on my|the chest',
    'pain|pressure|ache in the centre|center|middle of my|the chest',
    'heart+attack|angina|palpitations|racing+heart|heart+racing',
  ],
  'breathing-difficulty': [
    'short|shortness of breath',
    'cant|cannot|couldnt|can+not|could+not|struggle+to|struggling+to|unable+to catch my|his|her|_ breath',
    'cant|cannot|couldnt|can+not|could+not|struggle+to|struggling+to|struggled+to|unable+to|hard+to|difficult+to breathe',
    'difficulty|trouble|problems|struggling breathing',
    'breathing hurts|is+painful|is+difficult',
    'breathless|out+of+breath|winded at+rest|while+sitting|lying+down|doing+nothing|on+the+sofa|on+the+couch',
    // Stairs or a walk are rest to a runner: breathless there is not the run's exertion.
    'short|shortness|out of breath climbing|walking|going|on up|_ the|a|_ stairs|stair|staircase',
    'short|shortness|out of breath walking|sitting|lying|resting',
    'breathless|winded walking|climbing|going up|_ one|a|the|_ flight|flights|stairs|stair',
    'stop|stopped|had+to+stop to get|catch my|your breath back',
    'gasping for air|breath',
  ],
  'numbness-weakness': [
    'numbness|numb|tingling|tingly|tingle|tingles|pins+and+needles',
    `weakness|weak|no+strength|loss+of+strength|lost+strength|no+feeling|loss+of+feeling|lost+feeling|losing+feeling in ${MY} ${LIMBS}`,
    `${MY} ${LIMBS} went|goes|go|feel|feels|felt|is|are|was|were weak|numb|tingly`,
    // "my arms are dead" after a gym session is tiredness; "my leg went dead" is not.
    `${MY} ${LIMBS} went|goes|go|feel|feels|felt dead`,
    `${MY} ${LIMBS} gave+way|gave+out|buckled`,
    `${MY} ${LIMBS} keeps|kept|keep going|getting|feeling weak|numb|dead`,
    'foot|leg|toes wouldnt|wont|couldnt|cant|doesnt lift',
    'leg|legs|arm|arms weakness',
    'foot+drop|drop+foot|dragging+my+foot|tripping+over+my+foot',
    'cant|cannot|couldnt lift my foot|toes|leg',
  ],
  'bladder-bowel': [
    'cant|cannot|couldnt|can+not|could+not control my|the bladder|bowels|bowel',
    'loss|lost|losing bladder|bowel control',
    'lost|losing|loss of control of my|the bladder|bowels|bowel',
    'bladder|bowel control|problems|issues|changes|trouble|leakage|leaks',
    'incontinence|incontinent|wet+myself|wet+my+pants|peed+myself|peeing+myself|pooped+myself|soiled',
    'cant|cannot|couldnt|trouble|difficulty|struggling+to|struggle+to|unable+to pee|peeing|urinate|urinating|wee|weeing',
    'saddle numbness|anaesthesia|anesthesia|area',
    'cant|cannot|couldnt feel my|the saddle|groin|genitals|bum|backside|privates',
    'numb|numbness|tingling|tingly feeling|sensation|_ in|around my|the groin|genitals|bum|backside|inner+thighs|privates|saddle',
    'numb groin|genitals|bum|backside|inner+thighs|saddle',
    'cauda equina',
  ],
  'fever-unwell': [
    'fever|fevers|feverish|temperature+of+#|high+temperature|running+a+temperature|running+a+temp|night+sweats|chills|shivers|rigors',
    'feel|feeling|felt very|really|so|extremely|generally unwell|ill|sick|rough',
    'unwell|flu+like|flulike|flu',
  ],
  'night-pain': [
    'wakes|woke|woken|waking|wake|keeps|kept|keeping me up|awake at+night|in+the+night|every+night|_',
    'wakes|woke|woken|waking|wake me at|in|during night|the+night',
    'wakes|woke|woken|waking me|you up|_ at|around # am',
    'wakes|woke|waking me|you up|_ twice|again|most+nights|every+night',
    'wake|woke|waking up in+pain|in+agony|because+of+the+pain|from+the+pain|with+the+pain',
    'worse|worst|awful|hurts|hurt|pain|painful|ache|aches|aching|sore|stiff at+night|overnight|in+bed|in+the+night|lying+down|when+lying|when+i+lie|when+i+lay|when+lying+down',
    'worse|much+worse|worst|hurts|hurt|pain|painful when|while i lie|lay|sleep down|flat|_', 'worse|worst at # am|oclock',
    'night pain|pains',
    'cant|cannot|couldnt|unable+to sleep|lie+down|lie+flat', 'cant|cannot|couldnt get comfortable',
    'lying|laying down|flat makes+it+worse|hurts|is+worse|is+agony',
    'at night it|the+pain|_ is+worse|gets+worse|hurts',
  ],
  trauma: [
    'fell|tumbled|landed+on+my+back|landed+hard', 'slipped|tripped on|over|and', 'crashed my|the|on+my|on+the|_ bike|car|motorbike|bicycle',
    'had|took a|bad|nasty fall|tumble|spill|crash', 'bad|nasty|hard|big fall|tumble|crash|spill', 'after|from a|the|my fall|crash|tumble|accident|spill', 'crash|fall|tumble on|off my|the|_ bike|trail|ice|stairs',
    'car|bike|cycling|bicycle|motorbike|motorcycle|ski|skiing|snowboard crash|accident|collision',
    'accident|collision|whiplash|rear+ended|hit+by+a+car|hit+by+a+bike|knocked+down|knocked+over',
    'came+off my|the bike',
    'went down hard|heavily|flat',
    'crashed|clattered|ran|slammed|smashed into me',
  ],
  'weight-loss': [
    'lost|losing|dropped|dropping weight|kg|kgs|lbs|pounds without+trying|for+no+reason|unintentionally|without+meaning+to',
    'lost|losing|dropped # kg|kgs|lbs|pounds|stone without+trying|for+no+reason|unintentionally',
    'unexplained|unintentional|unintended|unexpected|sudden weight loss',
    'weight|kilos|pounds falling|dropping off me|you',
    'weight loss without+trying|for+no+reason', 'lose|lost|losing|dropped weight unexpectedly|unintentionally',
  ],
  'cancer-history': [
    'cancer|cancers|tumour|tumor|tumours|tumors|chemo|chemotherapy|radiotherapy|oncologist|oncology|metastatic|metastases|lymphoma|leukaemia|leukemia|melanoma|myeloma|sarcoma',
    'in remission',
  ],
  'radiating-arm-jaw': [
    'pain|ache|aching|pressure down|into my|the|his|her left|right|_ arm|arms',
    'into|to|up+to|up+into my|the|his|her jaw',
    'into|to|up+into the left|right side of my|the|his|her jaw',
    'down|into the inside|back of my|the|his|her left|right arm',
    'jaw pain|ache|aches|aching|hurts|hurting|tightness|tight|pressure',
    'pain|ache|pressure|tightness in my|the jaw',
    'left arm pain|ache|aches|numbness|tingling|heavy|heaviness',
    'radiates|radiating|radiated|spreads|spreading|spread|shoots|shooting|travels|travelling|traveling|moves|moving to|into|down|up|up+into|up+to|down+into my|the|his|her left|right|_ arm|arms|jaw|neck|shoulder',
  ],
  'severe-worsening': [
    'unbearable|excruciating|agony|agonising|agonizing|crippling|debilitating|intolerable|horrendous',
    'worst pain',
    'worst pain of my life',
    'getting|gets|got|keeps+getting|kept+getting worse+and+worse|worse+quickly|worse+fast|worse+rapidly|worse+every+day|worse+by+the+day', 'getting|gets|got rapidly|quickly|progressively|steadily worse',
    'worse every|each single|_ day|week|run',
    'worse rather+than|instead+of|not better',
    'severe|severely',
    'cant|cannot|couldnt|can+not|could+not|unable+to walk|stand|stand+up|move|get+up|get+out+of+bed|bend|function',
    'rapidly|quickly|fast worsening|deteriorating',
  ],
  'heart-warning-signs': [],
  'tearing-pain': [],
  'steroids-osteoporosis': [],
  'inflammatory-pattern': [],
  'stress-fracture-signs': [],
  'dark-urine': [],
  deformity: [],
};

/** Look like red-flag words but are not: "fell behind", "fell running" (a sport), "sugar crash". */
export const RED_FLAG_TRAPS = [
  'fell behind|asleep|apart|short|into|off+pace|off+the+pace|in+love|back|through|flat|away',
  'sugar|energy|caffeine crash',
  'cancer research|run|fundraiser|charity',
  'race for life',
  'short of breath on|up|during|when|climbing|running',
  'jaw ache|aches|aching|hurts|pain from clenching|grinding|chewing',
];

/** "worst back pain ever": "pain ever" only counts after a superlative ("if the pain ever comes back" does not). */
export const PAIN_EVER = ['pain ever|ever+had'];
export const SUPERLATIVES = ['worst', 'most'];

/** "lost 6kg in two months without trying": weight loss when the sentence speaks of weight. */
export const WEIGHT_LOSS_CONTEXT = ['without trying|dieting|changing+anything|meaning+to', 'not dieting|trying'];
export const WEIGHT_WORDS = ['weight', 'kg', 'kgs', 'kilos', 'lbs', 'lb', 'pounds', 'stone', 'lost', 'dropped', 'down'];

export const COLD_NUMBNESS_WORDS = ['cold', 'freezing', 'frozen', 'winter', 'icy', 'gloves', 'chilly', 'frostbite', 'snow'];
/** Numbness of the saddle area is the bladder-bowel flag, not the legs'. */
export const SADDLE_WORDS = ['saddle', 'groin', 'genitals', 'privates'];

/** "my mum died of breast cancer": a relative's cancer is family history, not the writer's. */
export const RELATIVE_WORDS = [
  'mum', 'mom', 'mother', 'dad', 'father', 'grandma', 'grandmother', 'granddad', 'grandad', 'grandfather', 'nan',
  'aunt', 'auntie', 'uncle', 'cousin', 'sister', 'brother',
];
