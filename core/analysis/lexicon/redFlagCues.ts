// Phrases that should make a runner see a doctor (CONTRACT §1 red flags).
import type { RedFlagId } from '../../vocabulary';

const MY = 'my|the|his|her|your|both|_';
const LIMBS = 'leg|legs|arm|arms|foot|feet|hand|hands|thigh|thighs|calf|calves|toes|fingers|knee|knees|butt|bum|buttock|buttocks|glute|glutes|side';
/** The limbs of the rarer wordings: fewer words keep the phrase trie small. */
const LEGS = 'leg|legs|foot|feet|thigh|thighs|arm|arms';

export const RED_FLAG_CUES: Record<RedFlagId, string[]> = {
  'chest-pain': [
    'chest pain|pains|pressure|tightness|discomfort|ache|aches|aching|hurts|hurt|hurting|heaviness|squeezing|crushing|tight|heavy',
    'pain|pressure|tightness|discomfort|ache|heaviness|squeezing|crushing|burning|weight in|on|across my|the chest',
    'tight|heavy|crushing|sore|painful chest', 'tight|crushing|heavy|squeezing|pressure feeling|sensation in|on|across my|the chest',
    'tight|heavy|squeezing|crushing band|weight|pressing+feeling across|around|round|on my|the chest',
    'pain|pressure|ache|squeezing|tightness|burning|heaviness in the centre|center|middle of my|the chest',
    'heart+attack|angina|palpitations|racing+heart|heart+racing',
    'chest is|was|got|gets|felt|feels|feel|went|began+to|started+to|kept+getting|continued+getting|getting tight|tighter|heavy|sore|painful|hurt|hurting|ache|aching',
    'chest began|started|continued|kept tightening|hurting|aching',
    'behind|in my|the breastbone|sternum', 'breastbone|sternum hurts|aches|pain|pressure',
  ],
  'breathing-difficulty': [
    'short|shortness of breath',
    'breathless|winded|puffed|puffing|out+of+breath just|even walking|talking|getting+dressed|standing',
    'cant|cannot|couldnt|can+not|could+not|struggle+to|struggling+to|unable+to catch my|his|her|_ breath',
    'cant|cannot|couldnt|can+not|could+not|struggle+to|struggling+to|struggled+to|unable+to breathe',
    // "I can't breath": the verb spelt as the noun.
    'cant|cannot|couldnt|can+not|could+not|often+cant breath',
    'cant|cannot|couldnt|can+not|could+not|struggle+to|struggling+to|unable+to get my|a|a+proper|a+full|a+decent|enough breath',
    'difficulty|trouble|problems|struggling breathing',
    'breathing hurts|is+painful|is+difficult',
    'every|each breath in|_ hurts|kills|is+agony|is+painful', 'tiny|little|small|short sips|gulps of air',
    'breathless|out+of+breath|winded|puffed at+rest|while+sitting|lying+down|doing+nothing|on+the+sofa|on+the+couch|just+talking|while+talking|even+talking|just+sitting|sitting+still',
    // Stairs or a walk are rest to a runner: breathless there is not the run's exertion.
    'short|shortness|out of breath climbing|walking|going|on up|_ the|a|_ stairs|stair|staircase',
    'short|shortness|out of breath walking|sitting|lying|resting',
    'breathless|winded|puffed|puffing walking|climbing|going|on up|_ one|a|the|_ flight|flights|stairs|stair',
    'stop|stopped|had+to+stop to get|catch my|your breath back',
    'gasping for air|breath',
    'cant|cannot|couldnt fill my|his|her lungs',
    'cant|cannot|couldnt|struggle+to|struggling+to get|take|draw|pull enough air',
    'gasping|panting just|even walking|sitting|talking|lying',
  ],
  'numbness-weakness': [
    'numbness|numb|tingling|tingly|tingle|tingles|pins+and+needles|paraesthesia|paresthesia|paraesthesias|paresthesias',
    `weakness|weak|no+strength|loss+of+strength|lost+strength|no+feeling|loss+of+feeling|lost+feeling|losing+feeling in ${MY} ${LIMBS}`,
    `${MY} ${LIMBS} went|goes|go|feel|feels|felt|is|are|was|were weak|numb|tingly`,
    // Without "my" (it only widens the span): the rarer wordings.
    `${LIMBS} have|has gone|got weak|weaker|numb|tingly|dead|fuzzy`,
    `${LEGS} have|has gone|got sort+of|kind+of|all dead|fuzzy|numb|weak|tingly`,
    // "legs feel heavy and wobbly": heavy alone is a long run's legs, with a second word it is not.
    `${LEGS} feel|feels|felt|went|are|is heavy|weird|strange|funny|odd and wobbly|unsteady|numb|tingly|weak|dead|fuzzy`,
    `${LEGS} keeps|keep|kept|is|are|started|_ giving|gives|give way`,
    `${LEGS} fall|falls|fell|fallen|falling|is|are|went|goes|go|going|gone properly|totally|completely|_ asleep`,
    `${LEGS} go|goes|went|going|gone to sleep`,
    `${LEGS} wont|doesnt|didnt|wouldnt|will+not|does+not do what i tell|want|ask`,
    'keep|keeps|kept stumbling|tripping+over+my+feet|tripping+over+my+own+feet',
    'cant|cannot|couldnt|can+not|could+not feel my|her|his|the feet|legs|foot|leg|toes|thighs',
    'keep|keeps|kept|_ scuffing|scuffs|catching|clipping my|the toes|foot|feet',
    `${LIMBS} feel|feels|felt|is|are weaker`,
    `${LIMBS} is|are|keeps|keep|kept|has+been|have+been getting|growing weaker`,
    'weaker every|each|by+the day|week|run|month',
    // Foot drop, in the words people use for it.
    'foot|feet|toes has+started|have+started|started|keeps|kept|is|are|_ slapping|slaps|slap|slapped|flapping|flopping|flops|flopped|dragging|drags',
    'foot|feet|toes has+begun+to|has+started+to|started+to|begun+to|starts+to|begins+to drag|slap',
    'slapping|dragging my|the foot|feet',
    // "my arms are dead" after a gym session is tiredness; "my leg went dead" is not.
    `${MY} ${LIMBS} went|goes|go|feel|feels|felt dead`,
    `${MY} ${LIMBS} gave+way|gave+out|buckled`,
    'left|right leg|legs|knee|knees just|suddenly|_ buckled|gave+way|gave+out',
    'leg|legs|knee|knees just|suddenly buckled|gave+way|gave+out',
    // "can't go up on tiptoes": a calf that will not lift the heel.
    'cant|cannot|couldnt go|get|rise up on|onto tiptoes|tiptoe|my+tiptoes|my+toes',
    `${MY} ${LIMBS} keeps|kept|keep going|getting|feeling weak|numb|dead`,
    'foot|leg|toes wouldnt|wont|couldnt|cant|doesnt lift',
    'my|her|his left|right leg|foot|calf|arm|hand|thigh is|feels|went|goes|still|keeps+going weak|weaker|numb|tingly|dead|still+weak',
    `${LIMBS} feel|feels|felt|went|are|is|keep+going wobbly|unsteady|clumsy`,
    'foot|feet|toes keeps|kept|keep catching|clipping|scuffing', 'catching|clipping the kerb|kerbs|curb|curbs',
    'cant|cannot|couldnt do|manage a|one single+leg|one+legged calf|heel raise|raises',
    'cant|cannot|couldnt stand|walk on my tiptoes|toes|heels',
    'keep|kept|keeps dropping things|stuff|my+mug|cups', 'dropped my mug|cup twice|again',
    'leg|legs|arm|arms weakness',
    'buzzing|fizzing feeling|sensation|down|in', 'like an|_ electric current|shock|shocks down|in|_',
    'foot+drop|drop+foot|dragging+my+foot|tripping+over+my+foot',
    // Pain down both legs is a cauda equina sign too (its tier follows "both").
    'sciatica|pain|pains|ache|aching|shooting+pain down|in|into both legs',
    'cant|cannot|couldnt lift|raise the+front+of|_ my|the left|right|_ foot|toes|leg|big+toe',
    // A leg that fails at its job: "trips over my own toes", "gives out on the stairs", "doesn't feel like mine".
    'keep|keeps|kept|_ tripping|catching over|on my left|right|own|_ toes|toe',
    `${LEGS} gives|give|giving|gave|keeps+giving out|way under+me|on+the+stairs|going+downstairs|going+upstairs|when+i+stand`,
    `${LEGS} doesnt|dont|didnt feel like mine|my+own|its+mine|part+of+me`,
    'wrapped|wrapped+up in cotton+wool|clingfilm|cling+film',
    'feels|feel|felt like its|it+has|it+had|theyve|they+have been slept on',
    `${LEGS} wont|wouldnt|didnt hold|take|support me|my+weight`,
  ],
  'bladder-bowel': [
    'cant|cannot|couldnt|can+not|could+not control my|the bladder|bowels|bowel',
    'loss|lost|losing bladder|bowel control',
    'lost|losing|loss of control of my|the bladder|bowels|bowel',
    'bladder|bowel control|problems|issues|changes|trouble|leakage|leaks',
    'incontinence|incontinent|wet+myself|wet+my+pants|peed+myself|peeing+myself|pooped+myself|soiled',
    'cant|cannot|couldnt|trouble|difficulty|struggling+to|struggle+to|unable+to pee|peeing|urinate|urinating|wee|weeing',
    'cauda equina',
    'barely|hardly|havent|have+not|not peed|weed|urinated|passed+urine|passed+water',
    'concentrate|strain|straining|push|pushing|effort to pee|wee|urinate|start+peeing',
    'a|_ little|small|slight|bit+of+an accident|accidents', 'accident|accidents with|in my bowels|bowel|bladder|pants|shorts',
    'didnt|couldnt|did+not feel it|them coming',
    'cant|cannot|couldnt|didnt feel myself|me pass|passing|peeing|wee|weeing|pee',
    // Changed feeling down below: wiping, passing urine, a full bladder, sex.
    'dont|cant|couldnt|didnt know|tell|feel|notice when my|the bladder|bladders is|was|_ full',
    'dont|cant|couldnt|didnt really|_ know|tell|feel|notice when|if i need|needed|needing a|to wee|pee|poo|the+loo|the+toilet|go',
    'push|strain|pushing|straining really|so|_ hard to get the|my|_ pee|wee|urine|stream started|going|out',
    'had|have|having a|_ couple+of|few|some|_ leak|leaks|little+leaks on|during|while|when running|runs|a+run|my+runs',
    'peeing|pee|wee|weeing|leaking|leak a|_ little|bit|_ when|if i cough|sneeze|laugh|jump',
    'erectile dysfunction|problems', 'cant|couldnt get|keep an|a erection', 'no|lost|loss+of feeling|sensation during|when sex',
  ],
  'fever-unwell': [
    'fever|fevers|feverish|high+temperature|running+a+temperature|running+a+temp|night+sweats|chills|shivers|shivery|rigors',
    'boiling hot and|then cold|freezing', 'sweating|sweat|sweated|soaking|soaked|drenched through my|the sheets|pyjamas|pajamas|bedding|bed',
    'feel|feeling|felt very|really|so|extremely|generally unwell|ill|sick|rough',
    'unwell|flu+like|flulike|flu',
    'coming down with something|a+bug|flu|the+flu', 'feel|feeling|felt awful|terrible|dreadful|grim|rotten generally|all+over',
    'hot and cold', 'shivering|shaking|sweating+buckets|drenched|soaked all|at night|nite|overnight',
    // Told by the evening it gave: "shivering under two duvets", "burning up".
    'shivering|shivery|shaking under the|two|a|my|_ duvet|duvets|covers|blankets',
    'burning up',
    'the sweats and the|_ shakes|shivers|chills', 'had|have|got|having|running a temperature|temp since|all|for',
  ],
  'night-pain': [
    'wakes|woke|woken|waking|wake|keeps|kept|keeping me up|awake at+night|in+the+night|every+night|_',
    'wakes|woke|woken|waking|wake me at|in|during night|the+night',
    'wakes|woke|woken|waking me|you up|_ at|around|about|at+about|at+around|by # #|_ am|oclock',
    'up|awake at|around|till|until # #|_ am|oclock most|every nights|night', '# am club|again', 'day and night', 'night and day',
    'wakes|woke|waking|wake me|him|her|you up|_ early',
    'wakes|woke|waking me|you up|_ twice|again|most+nights|every+night',
    'wake|woke|waking up in+pain|in+agony|because+of+the+pain|from+the+pain|with+the+pain',
    'wake|woke|waking|woken up unable+to+move|and+couldnt+move',
    'roll|rolling|turn|turning over in+bed|at+night|last+night|during+the+night',
    'comes|starts|kicks+in at night',
    'awake|up in pain|agony|with+the+pain',
    'sleeping|sleep|slept|sleeps in a|the chair|armchair|recliner', 'sleeping|sleep|slept|sleeps on the sofa|couch',
    'wakes|woke|woken|waking|wake me|_ up|_ in the early|small hours',
    'worse|worst|awful|hurts|hurt|pain|painful|ache|aches|aching|sore|stiff a+bit|a+little|more|mostly|mainly|badly|_ at+night|overnight|in+bed|in+the+night|lying+down|when+lying|when+i+lie|when+i+lay|when+lying+down',
    'no position|way+of+lying|amount+of+turning helps|helped|eases|eased|works|worked|is+comfortable|was+comfortable',
    'worse|much+worse|worst|hurts|hurt|pain|painful when|while i lie|lay|sleep down|flat|_', 'worse|worst at # am|oclock',
    'night pain|pains',
    'cant|couldnt|cannot find|get any|a|_ way|position to|of lie|lying|sleep|sleeping',
    'wont|doesnt|didnt|will+not|does+not let me sleep', 'throbs|throbbing|aches|aching|hurts|hurting all night|night+long',
    'sleeping|sleep|slept on the floor',
    'cant|cannot|couldnt|unable+to sleep|lie+down|lie+flat', 'cant|cannot|couldnt get comfortable',
    'lying|laying down|flat makes+it+worse|hurts|is+worse|is+agony',
    'at night it|the+pain|_ is+worse|gets+worse|hurts',
    'constant|nagging all night', 'whichever|whatever|any side|way|position i lie|lay|sleep',
    // Told by the night it takes: "gets me up at 3 most nights", "pills to get to sleep", "bed is agony".
    'up|awake|woken|waking at|around|by # most|every|some nights|night',
    'painkillers|pills|tablets|codeine just|_ to get|go|fall to|_ sleep|asleep',
    'bed is|was|has+been impossible|agony|torture|unbearable',
  ],
  trauma: [
    'fell|tumbled|landed+on+my+back|landed+hard', 'landed flat|heavily|awkwardly|badly|hard|_ on my|the back|bum|butt|backside|tailbone|coccyx',
    'slipped|tripped on|over|and', 'crashed my|the|on+my|on+the|_ bike|car|motorbike|bicycle',
    'had|took a|bad|nasty fall|tumble|spill|crash', 'bad|nasty|hard|big fall|tumble|crash|spill', 'after|from a|the|my fall|crash|tumble|accident|spill', 'crash|fall|tumble on|off my|the|_ bike|trail|ice|stairs',
    'car|bike|cycling|bicycle|motorbike|motorcycle|ski|skiing|snowboard crash|accident|collision',
    'went|came over on the|some|black ice|mud|leaves|kerb',
    // A fall told by how it ended: "bowled me over", "landed on my tailbone".
    'bowled|knocked|flattened|sent me over|flying|down',
    'landed|fell|came+down hard|heavily|flat|_ on|onto my|the tailbone|coccyx|back|bum|backside|spine',
    'accident|collision|whiplash|rear+ended|hit+by+a+car|hit+by+a+bike|knocked+down|knocked+over',
    'came+off|knocked+off|thrown+off|flung+off|fell+off my|the|a road|mountain|push|_ bike|bicycle|horse|motorbike|scooter|ladder|roof',
    'sat|came down hard|heavily', 'missed a|the|_ last|bottom|_ step|steps|stair',
    'a|the car|van|truck|lorry|bus|cyclist|bike clipped|hit|struck|knocked me',
    'clipped|struck|knocked+down by a|the car|van|truck|lorry|bus|cyclist|bike',
    'went down hard|heavily|flat|on+my+side|on+my+back|on+the+tarmac|on+the+road|in+a+heap|onto',
    'crashed into',
    'hit|struck|knocked+over|knocked+down|taken+out by a|an|the car|van|truck|lorry|bus|cyclist|bike|motorbike|scooter|runner|dog',
    'flew|thrown|went+flying into a|the wall|fence|car|ditch|hedge|railings',
    'hit|smacked|slammed the deck|ground|floor|ice|tarmac|concrete', 'touched wheels', 'over the bars|handlebars',
    'taken out by', 'went flying', 'feet|legs went from+under+me|out+from+under+me',
    'a|the|my trail|bike|running|ski|road fall|crash|tumble', 'tripped|slipped|stumbled in|up|going|coming|while|when|at',
    'crashed|clattered|ran|slammed|smashed into me',
    'ploughed|plowed|barrelled|barreled|careered|cannoned into me',
    'was|got|been|were knocked|sent flying|over|down', 'went|sent|go|going sprawling|headlong',
    'tiny|small|little|minor|slight slip|trip|stumble|tumble',
    'came|come off my feet', 'went|gone|tumbled|flew|fell|going head over heels', 'came|come a cropper', 'took|had a header|purler|digger',
    'caught|clipped|snagged|stubbed my foot|toe|shoe on a|the root|rock|kerb|curb|stone',
  ],
  'weight-loss': [
    'lost|losing|dropped|dropping weight|kg|kgs|lbs|pounds without+trying|for+no+reason|unintentionally|without+meaning+to',
    'lost|losing|dropped # kg|kgs|lbs|pounds|stone without+trying|for+no+reason|unintentionally',
    'unexplained|unintentional|unintended|unexpected|sudden weight loss',
    'weight|kilos|pounds falling|dropping off me|you',
    // Told by the clothes: "my clothes are hanging off me".
    'clothes|jeans|trousers|shorts|everything are|is|_ hanging|falling off me',
    'weight|kilos|pounds has|is|_ been|_ just|_ falling|dropping|melting off',
    'weight loss without+trying|for+no+reason', 'lose|lost|losing|dropped weight unexpectedly|unintentionally',
    // Told by the belt: "my belt needs a new notch".
    'new|extra|another notch|hole in|on my belt', 'belt needs|needed a|_ new|another|extra notch|hole',
  ],
  'cancer-history': [
    'cancer|cancers|tumour|tumor|tumours|tumors|chemo|chemotherapy|radiotherapy|oncologist|oncology|metastatic|metastases|lymphoma|leukaemia|leukemia|melanoma|myeloma|sarcoma',
    'in remission',
    // Told by the treatment: "had a mastectomy", "my prostate was removed", "still on tamoxifen".
    'mastectomy|lumpectomy|prostatectomy|tamoxifen|letrozole|anastrozole',
    'prostate|breast|bowel|thyroid|kidney was|were removed|out',
  ],
  'radiating-arm-jaw': [
    'pain|ache|aching|pressure down|into my|the|his|her left|right|_ arm|arms',
    'into|to|up+to|up+into my|the|his|her jaw|throat',
    'into|to|up+into the left|right side of my|the|his|her jaw',
    'down|into the inside|back of my|the|his|her left|right arm',
    'jaw pain|ache|aches|aching|hurts|hurting|tightness|tight|pressure',
    'pain|ache|pressure|tightness in my|the jaw',
    'left arm pain|ache|aches|numbness|tingling|heavy|heaviness',
    'left|right arm|arms feels|feel|felt|went|is|goes|gets heavy|achy|dead',
    'radiates|radiating|radiated|spreads|spreading|spread|shoots|shooting|travels|travelling|traveling|moves|moving to|into|down|up|up+into|up+to|down+into my|the|his|her left|right|_ arm|arms|jaw|neck|shoulder',
    'shooting|radiating|stabbing pain|pains up|down|into|to|up+to|up+into|down+into my|the left|right|_ arm|arms|jaw|neck',
    'goes|going|went|runs|spreads right|straight|all+the+way up|down|into|up+into|down+into my|the left|right|_ arm|arms|jaw|neck',
    'even my|the|_ arms|jaw',
    'into|up+into|up+to|round+to my|the neck and jaw',
  ],
  'severe-worsening': [
    'unbearable|excruciating|agony|agonising|agonizing|crippling|debilitating|intolerable|horrendous',
    'worst pain',
    'worst thing|pain ive|i+have|i+ve|i|_ ever|_ felt|had|experienced',
    'worst pain of my life', 'worst night|nights of my life',
    // Present tense: "couldn't put my socks on" is often a bad morning told after it has eased.
    'cant|cannot|can+barely|can+hardly|barely|hardly put|get|pull my|_ socks|shoes|trainers|pants|trousers on',
    // "can't stand up straight or bend to put socks on": the "can't" carries over the "or".
    'or bend|reach to put|get|pull my|_ socks|shoes|trainers on',
    'the worst ive|i+have|i+ve ever felt|had|experienced',
    'getting|gets|got|keeps+getting|kept+getting worse+and+worse|worse+quickly|worse+fast|worse+rapidly|worse+every+day|worse+by+the+day', 'getting|gets|got rapidly|quickly|progressively|steadily worse',
    'worse every|each single|_ day|week|run|hour', 'worse by the hour|day', 'worse hour by hour',
    'every|each day|week since|_ its|it+is|it+has|_ been|got|getting|gets worse',
    'worse rather+than|instead+of|not better',
    'severe|severely',
    'cant|cannot|couldnt|can+not|could+not|unable+to walk|stand|stand+up|move|get+up|get+out+of+bed|bend|function',
    'cant|cannot|couldnt|can+not|could+not|unable+to get out of the|my|a car|chair|bath',
    'worse than yesterday|the+day+before|the+last|last+week',
    'rapidly|quickly|fast worsening|deteriorating',
    'wake|woke|waking|woken up unable+to+move|and+couldnt+move',
    'excrutiating|excruciatingly|excrutiatingly|extreme+pain|intense+pain|in+extreme+pain',
    'extremely|intensely painful', 'so|too intense', 'so painful that|i',
    'nearly|almost|close+to|brought+me+to|reduced+to|reduced+me+to in|_ tears',
    'can|could|_ hardly|barely move|walk|stand|bend|sit|climb|dress|get+up|get+dressed|get+out+of+bed|get+up+the+stairs|put+my+socks+on',
    'crawling|crawled|crawl to the|_ loo|toilet|bathroom|bed',
    'cant|cannot|couldnt get off|up+off|up+from the floor|sofa|couch|bed',
    'crying|cried|sobbing|in+tears with|from|because+of the|_ pain',
    // Told by what it reduced them to: "on all fours to the loo", "stuck on the bathroom floor", "nothing touches it".
    'on|onto all+fours|hands+and+knees|my+hands+and+knees to get|reach|the|crawl|up+the|across+the',
    'stuck|trapped on the bathroom|kitchen|bedroom|landing|_ floor',
    'nothing i take|ive+taken|i+have+taken touches|touched|shifts|shifted it',
    'painkillers|pills|tablets|ibuprofen|codeine|cocodamol arent|dont|didnt|not|barely|hardly touching|touch|touched|even+touching it',
  ],
  // With back or shoulder-blade pain (see heartSignsRegion); "sweaty" alone is every run.
  'heart-warning-signs': [
    'cold+sweat|cold+sweats|clammy|cold+and+clammy', 'a cold sweat|sweats',
    'broke|broken|breaking out in a|_ cold|_ sweat',
    'felt|feel|feeling|feels|went really|very|so|a+bit|quite|_ nauseous|nauseated|queasy|faint|lightheaded|light+headed|woozy|dizzy',
    'felt|feel|feeling|feels sick',
    'im|i+am|now lightheaded|light+headed|woozy',
    'nausea|nauseous|lightheadedness|light+headedness|dizziness|faintness',
    'a+bit|bit|slightly|a+little|really|very faint|dizzy|lightheaded|woozy',
    // Unusual breathlessness: at a pace that is no effort.
    'breathless|winded|puffed|out+of+breath at|on an|a easy|gentle|slow|steady pace|jog',
    'sick|nauseous|faint|dizzy|queasy|woozy and sweaty|clammy|grey', 'sweaty|clammy|grey and sick|faint|nauseous|dizzy|queasy|woozy|lightheaded',
    'nearly|almost|about+to|going+to pass+out|passed+out|faint|fainted|black+out|blacked+out',
    'like i was|_ going+to|about+to|might pass+out|faint|black+out|be+sick|throw+up|vomit|puke|hurl',
    'sweating|sweaty|sweated far+more|way+more|much+more|a+lot+more than',
    // Breathless out of all proportion: "gasping like I'd done a sprint" on an easy jog.
    'gasping|panting|puffing|breathless like|as+if|as+though id|i+had|i+d done|run|just+done|just+run a|_ sprint|sprints|race|interval|intervals',
    'went|looked|turned|looking|look grey|gray', 'sweat|sweating|sweaty out of all|_ proportion',
    'came|come|went|comes over all|really|very|_ sweaty|clammy|faint|sick|dizzy|queasy|shaky|lightheaded',
  ],
  'tearing-pain': [
    'tearing|ripping pain|pains|sensation|feeling',
    // "felt a sudden rip between my shoulder blades" (not "a tear in my calf": a strain).
    'rip|rips between|through|across|down|into',
    'is|was|feels|felt tearing|ripping',
    // "I tore a muscle" is a strain; "like something tore" is the tearing pain.
    'like something|_ tearing|ripping|was+tearing|was+ripping|being+torn|being+ripped',
    'like|as+if|as+though something|_ tore|ripped', 'something tore|ripped',
    'being|been torn|ripped apart|open|in+two',
  ],
  'steroids-osteoporosis': [
    'osteoporosis|osteopenia|osteoporotic|brittle+bones|thin+bones|thinning+bones|bone+thinning|low+bone+density|weak+bones',
    'prednisolone|prednisone|corticosteroids|corticosteroid|dexamethasone|hydrocortisone+tablets',
    'alendronate|alendronic|bisphosphonate|bisphosphonates|risedronate|denosumab',
    'long+term|longterm|daily|years+of|months+of steroids|steroid+tablets|steroid',
    'steroid tablets|pills',
    'high|higher|big|large dose|doses|course of steroids|prednisolone|prednisone',
    'taking|take|been+taking|been+on|on+daily|on+oral oral|_ steroids',
    'on|taking|take|been+on|been+taking pred',
  ],
  // Morning stiffness counts with its easing and its months (see analysisLexicon); a name counts alone.
  'inflammatory-pattern': [
    'ankylosing spondylitis',
    'axial spondyloarthritis|spondyloarthritis|spondyloarthropathy|axspa|sacroiliitis|spondylitis|uveitis|iritis|hla+b27',
    'second|last half of the night',
    'wakes|woke|woken|waking|wake me|_ up|_ in the early|small hours',
    'better|easier|eases|improves|loosens with|after exercise|movement|moving|activity and|but worse|stiffer with|after rest|resting|sitting+still',
    'eye inflammation', 'inflamed eye|eyes',
  ],
  'stress-fracture-signs': [
    'missed|missing|lost|losing my|a|_ period|periods',
    'no period|periods for',
    'havent|hadnt|not had|got a|my period|periods',
    'periods|period|cycle stopped|have+stopped|has+stopped|went+away|disappeared|have+disappeared|has+disappeared|vanished|have+vanished|dried+up',
    'amenorrhea|amenorrhoea|amenorrheic|reds|relative+energy+deficiency|low+energy+availability|female+athlete+triad',
    'under fuelling|fueling|fuelling|eating',
    'underfuelling|underfueling|underfuelled|underfueled|undereating',
    'not eating enough', 'eating too little|little',
    'eating|eat way+less|much+less|far+less|less than i burn|i+need|i+use',
    'pars defect|fracture', 'spondylolysis|spondylolisthesis',
    'irregular|missing|stopped periods|period', 'periods are|have+been|went|got irregular',
    'period|periods hasnt|havent|has+not|have+not|didnt|did+not come|arrived|returned|come+back',
    'hurts|hurt|painful|pain|sore to|when|on hop|hopping', 'cutting|cut weight|hard|calories', 'making|make weight',
    'hurts|hurt|worse|painful|sore when|if|as i hop|hopped',
    // Under-fuelling told by the meals: "skipping lunch to make the team weight".
    'skipping|skipped|skip|skips meals|lunch|lunches',
  ],
  'dark-urine': [
    'cola|coke|coca+cola|tea|brown|dark+brown|black|rusty|red+brown|reddish+brown|ale|stout|guinness|coffee coloured|colored|_ urine|pee|wee',
    'urine|pee|wee|peeing|weeing is|was|looked|looks|went|turned|came+out cola|coke|brown|dark+brown|black|rusty|like+cola|like+coke|like+tea|like+brown+ale|like+stout|like+coffee|cola+coloured|cola+colored|tea+coloured|tea+colored',
    'peeing|pissing|weeing brown|black|cola',
    'urine|pee|wee|piss is|was|looks|looked|went|turned|came+out a|_ really|very|_ dark brown|black|rusty|reddish',
    'the|_ colour|color of flat|strong|black|_ cola|coke|coca+cola|tea|coffee',
    'rhabdo|rhabdomyolysis',
  ],
  deformity: [
    'lump|lumps|bump|swelling|growth on|in|along|over|near|by|beside my|the|_ spine|backbone|lower+back|upper+back|back|tailbone|shoulder+blade',
    'new|hard|growing|visible|painful|strange|firm lump|lumps|bump',
    'found|noticed|discovered|feel|felt a|_ lump|lumps|bump',
    'spine|back looks|is+now|is+getting|has+gone|has+become|became|went|getting crooked|curved|twisted|wonky|bent|misshapen|out+of+shape|lopsided',
    'a|new visible|noticeable|new curve|hump|kink|dip in my|the spine|back',
    'hump on|in|forming|appeared my|the|_ back|spine|upper+back',
    'lump|lumps|bump|swelling|growth at|on|near the base|bottom|top of my|the spine|back',
    'shoulder|_ blade|blades|shoulderblade|shoulderblades is+sticking|are+sticking|sticks|stick|sticking out',
    'lost|losing height', 'lost|losing about|nearly|almost|over|_ an|a|#|two|three|half+an|_ inch|inches|cm|centimetres|centimeters of|in height',
    'getting|got|become shorter', 'shrunk|shrank|shrinking by|_ about|nearly|_ #|an|a|two|three cm|inch|inches|centimetres|centimeters',
    'stooped|stooping', 'rounder shouldered|shoulders', 'more rounded+shoulders|rounded',
  ],
};

/** Look like red-flag words but are not: "fell behind", "fell running" (a sport), "sugar crash". */
export const RED_FLAG_TRAPS = [
  // Cold air tightens the chest on a run: "chest tight from the freezing air".
  'chest tight|tightness from|in the cold|freezing|icy|frosty air|weather',
  // Pre-race nerves, not night pain: "can't sleep the night before races".
  'cant|couldnt|cannot|never sleep|sleeps the night before',
  'sleep|sleeping|slept for|from|with nerves|excitement',
  'fell behind|asleep|apart|short|into|off+pace|off+the+pace|in+love|back|through|flat|away',
  'sugar|energy|caffeine crash',
  // Gone already: "the numbness in my leg has completely gone".
  'numbness|tingling|pins+and+needles has|have|is completely|totally|finally|now|_ gone|cleared|disappeared|settled',
  'numbness|tingling in|down my|the leg|legs|foot|feet has|have|is completely|totally|finally|now|_ gone|cleared|disappeared|settled',
  // "the race fell on a Sunday", "fell into a rhythm", "my pace fell": no fall.
  'fell|falls|falling into a|_ rhythm|groove|routine|habit|place', 'fell|falls on a|the sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|same',
  'mileage|pace|hr|temperature|temp|times|weight|numbers fell|dropped|plummeted',
  'flu jab|jabs|vaccine|vaccination|shot|season',
  // "heart racing" on the start line is nerves.
  'heart racing|raced|was+racing|pounding with|from nerves|excitement|adrenaline',
  // "a severe weather warning": the weather's, not the pain's.
  'severe weather|storm|storms|gales|wind|winds|warning|frost',
  // A fell is a hill: "repeats on the fell", "fell running".
  'the|a fell|fells', 'fell running|runner|runners|race|races|shoes',
  // "couldn't stand straight": bent by the pain, not unable to stand.
  'cant|cannot|couldnt stand straight|upright|up+straight',
  // Legs that gave out late in a race are spent: "my legs gave out at mile 22".
  'my|the|_ legs gave out|way at|around|by|after|from mile|halfway|#',
  'cancer research|run|fundraiser|charity',
  'lump in my|the throat', 'crashed and burned', 'hit the wall',
  // Breathless on a hill is the hill.
  'cant|couldnt|cannot breathe on|up|during|climbing the|a|that|_ hill|hills|climb|climbs|last',
  'steroid course|courses', 'course|courses of steroids|prednisolone|prednisone',
  'marathon|race|racing|running|spring|cabin|football|cup|ultra fever',
  // Gone already: "the fever went after two days".
  'fever|temperature went|cleared|settled|broke|gone|passed',
  'race for life',
  'short of breath on|up|during|when|climbing|running',
  'cant|couldnt|cannot get enough air on|up|during|climbing|running',
  'jaw ache|aches|aching|hurts|pain from clenching|grinding|chewing',
  // "had a little accident on my run" is the bladder, not a crash.
  'little|small|slight|bit+of+an accident|accidents',
  // A consequence foretold: "it will severely impact my training".
  'will|would|could|might severely',
  // A jab or a cream is not the long-term tablets; "hill repeats on steroids" is a figure of speech.
  'steroid|steroids|cortisone injection|injections|jab|jabs|shot|shots|cream|creams|inhaler|inhalers|spray',
  'on steroids',
  // "feeling sick of it", "sick of this", "sick and tired": weariness, not nausea.
  'feel|feeling|felt|feels sick of|and+tired',
  // Sick at a race's end or from the effort is the effort.
  'felt|feel|feeling|feels sick at|after|by|on the finish|end|line', 'felt|feel|feeling|feels sick from|with the|_ effort|exertion|heat|gels|gel',
  // "what feels like lumps": knots in a muscle, not a lump.
  'like a|_ lump|lumps|knot|knots',
  // A stretch of time is not a menstrual period.
  'period|periods of time|training|rest|recovery|rehab',
];

/** "a ripping pain went through my back and into my chest": the chest, when the sentence speaks of a pain. */
export const INTO_CHEST = ['into|across my|the chest'];
export const PAIN_KINDS = ['pain', 'pains', 'ache', 'ripping', 'tearing', 'stabbing', 'pressure', 'sharp', 'shooting', 'crushing'];

/** "worst back pain ever": "pain ever" only counts after a superlative ("if the pain ever comes back" does not). */
export const PAIN_EVER = ['pain ever|ever+had'];
export const SUPERLATIVES = ['worst', 'most'];

/** "lost 6kg in two months without trying": weight loss when the sentence speaks of weight. */
export const WEIGHT_LOSS_CONTEXT = [
  'without trying|dieting|changing+anything|meaning+to',
  'not dieting|trying',
  'havent|have+not|hadnt|not changed anything|a+thing|my+diet',
  'without me|_ doing|changing anything|a+thing',
  'even+though|despite|although|though|while|yet im|ive+been|i+am|i+have+been|_ eating more|loads|plenty|like+a+horse|the+same|normally|as+much|properly',
  'appetite|appetites is|has+been|_ fine|good|normal|the+same|great',
  'same food|diet|meals', 'running|training|exercising less',
];
export const WEIGHT_WORDS = ['weight', 'kg', 'kgs', 'kilos', 'lbs', 'lb', 'pounds', 'stone', 'lost', 'dropped', 'down'];

/** "stiff every morning for months, eases once I get moving": with its easing and its months. */
export const MORNING_STIFFNESS = [
  'morning stiffness',
  'stiff|stiffer|stiffness|rigid|seized in|every|each the|_ morning|mornings',
  'stiff|rigid when|as|after i wake|get+up|wake+up',
  'stiff|stiffer|rigid first+thing|on+waking|after+waking|after+i+wake+up',
];
/** "a stiff, aching lower back every morning …": the morning, with stiffness in the sentence too. */
export const EVERY_MORNING = ['every|each morning'];
export const STIFF_WORDS = ['stiff', 'stiffness', 'rigid', 'seized'];
export const STIFFNESS_EASES = ['eases', 'ease', 'eased', 'easing', 'loosens', 'loosen', 'loosened', 'loosening', 'easier', 'better', 'improves', 'improved', 'wears', 'warm', 'warmed', 'warms', 'hour', 'hours', 'best'];
export const FOR_MONTHS = ['months', 'years', 'year', 'mornings', 'always', 'ages', 'every', 'forever', 'since'];

/** "my back hurts when I arch it" is a young athlete's warning (a stress fracture of the spine). */
export const ARCHING = ['arching|arch|arched|arches my|the|your|his|her back', 'arching|arch|arched|arches backwards|backward|back', 'arching|hyperextending|hyperextended|hyperextension|backbend|backbends|back+bends|walkovers', 'bending|leaning|bend|bends|bent backwards|backward', 'leans|leaning|lean|leaned back|backwards'];

/** "hard to breathe", unless the pain makes it so ("the knot makes it hard to breathe": a shallow breath, not breathlessness). */
export const HARD_TO_BREATHE = ['hard|difficult to breathe'];
export const PAIN_MAKES = ['makes', 'made', 'making'];

/** "the urine in the bottle looked like strong tea": a cola or tea colour when the sentence speaks of urine. */
export const COLA_COLOURED = ['looks|looked|looking|is|was|came+out|went like|the+colour+of|the+color+of strong|black|flat|_ cola|coke|tea|coffee|coca+cola'];
export const URINE_WORDS = ['urine', 'pee', 'wee', 'piss', 'peeing', 'weeing'];

/**
 * Numbness of the seat, the saddle area (bladder-bowel, and numbness too), unless it is a
 * cyclist's usual numb seat that goes on standing on the pedals.
 */
export const SADDLE_NUMBNESS = [
  'saddle numbness|anaesthesia|anesthesia|area',
  'cant|cannot|couldnt really|properly|_ feel my|the saddle|groin|genitals|bum|backside|privates|bottom',
  'numb|numbness|tingling|tingly|pins+and+needles feeling|sensation|_ in|around|round my|the groin|genitals|bum|backside|inner+thighs|privates|saddle',
  'numb groin|genitals|bum|backside|inner+thighs|saddle',
  'cant|cannot|couldnt feel the|my|her|his inside|insides of my|her|his thighs|legs',
  'numb|numbness|no+feeling|tingling down+there|between+my+legs',
  'feels|feel|felt|feeling|gone strange|different|weird|odd|funny|numb|asleep down+there',
  'inner thighs|thigh feel|feels|felt|are|is|have+gone|has+gone|went numb|tingly|dead',
];
/** "my foot feels like it belongs to someone else", unless the sentence tells of a hard session (spent legs). */
export const NOT_MINE = [`${LEGS} feel|feels like they|it belong|belongs`];
export const SPENT_WORDS = ['session', 'race', 'mile', 'miles', 'marathon', 'reps', 'intervals', 'hills', 'tired', 'knackered'];

/** "feels like after a dentist's injection": numb; the saddle area's when the sentence speaks of sitting. */
export const DENTAL_NUMB = ['like after|like|after a|the dentist|dentists|dental injection|anaesthetic|anesthetic|jab'];
export const SEAT_WORDS = ['saddle', 'sit', 'sitting', 'seat', 'bum', 'bottom', 'backside', 'groin'];

/** "temp 38", "temperature of 39.2": a fever by its reading (see isFeverReading). */
export const FEVER_READINGS = ['temp|temperature of|was|is|_ #', 'thermometer said|says|read|reads|showed|shows|showing|_ #'];

/** "worst after a rest day", when the sentence says it is best after a run: the inflammatory reversal. */
export const WORSE_AFTER_REST = ['worse|worst|stiffer after|on|with a|any|long|_ rest+day|rest+days|rest|resting|inactivity|sitting+still|lying+still'];
export const BETTER_WORDS = ['better', 'best', 'easier', 'eases', 'loosens', 'loosen'];

/** "stand there and nothing comes": a bladder that will not empty, when the sentence speaks of the toilet. */
export const NOTHING_COMES = [
  'nothing|not+much|barely+anything happens|comes|came|comes+out|came+out',
  'nothing|not+much would|will|wouldnt come|come+out|happen',
  'just|only dribbles|dribbled|trickles|trickled|dribbling|trickling',
  // "can't tell if I've finished peeing": not knowing the bladder is empty.
  'cant|cannot|couldnt|dont tell|know|feel if|whether|when ive|i+have|im|i finished|emptied|done',
];
export const TOILET_WORDS = ['pee', 'wee', 'loo', 'toilet', 'urinate', 'bladder', 'peeing', 'weeing'];

/** "two accidents where I didn't feel I needed to go": an urge not felt, when the sentence speaks of accidents. */
export const UNFELT_URGE = ['didnt|dont|couldnt|cant|never feel|realise|realize|know that|_ i needed|need|had to go'];
export const ACCIDENT_WORDS = ['accident', 'accidents', 'leaked', 'leaking', 'wet', 'soiled'];

/** "can't really feel it when I wipe": a changed feeling down below, when the sentence speaks of feeling. */
export const TOILET_MOMENTS = ['when|while|as i|_ wipe|wiping|wiped|pee|peeing|wee|weeing|urinate|urinating', 'passing|pass urine|water'];
export const FEELING_WORDS = ['feel', 'feels', 'feeling', 'felt', 'numb', 'numbness', 'sensation', 'tingling', 'tingly', 'different', 'strange', 'weird'];

/** Numb for a plain local reason: the cold, tight laces. */
export const COLD_NUMBNESS_WORDS = ['cold', 'freezing', 'frozen', 'winter', 'icy', 'gloves', 'chilly', 'frostbite', 'snow', 'laces', 'lacing'];
/** A cyclist's numb seat that goes when standing on the pedals is pressure, not saddle anaesthesia. */
export const CYCLING_SEAT_WORDS = ['pedals', 'usual', 'usually', 'riding', 'turbo', 'always'];
/** Numbness of the saddle area is the bladder-bowel flag, not the legs'. */
export const SADDLE_WORDS = ['saddle', 'groin', 'genitals', 'privates', 'wipe', 'wiping', 'wiped'];

/** "my mum died of breast cancer": a relative's cancer is family history, not the writer's. */
export const RELATIVE_WORDS = [
  'mum', 'mom', 'mother', 'dad', 'father', 'grandma', 'grandmother', 'granddad', 'grandad', 'grandfather', 'nan',
  'aunt', 'auntie', 'uncle', 'cousin', 'sister', 'brother',
];

/**
 * Red flags told in everyday words (catalogue/real-lang5.md): a lost ability for weakness, the
 * bathroom for bladder-bowel, the night told as a routine, a medicine or a shape named in passing.
 * Read like RED_FLAG_CUES (numbness-weakness with its checks).
 */
export const EVERYDAY_RED_FLAG_CUES: Partial<Record<RedFlagId, string[]>> = {
  // Weakness as what the legs no longer do or hold; numbness as a padded or borrowed feeling.
  'numbness-weakness': [
    'knee|knees|leg|legs keep|keeps|kept buckling|giving+way|giving+out|folding',
    'like|as+if|as+though they+are|theyre|its|it+is|theyve+been|_ wrapped in cotton wool',
    'toes|toe|foot|feet|legs|leg feel|feels|felt like cotton wool',
    'dont|doesnt|didnt|do+not|does+not feel like mine|my+own',
    'toes|toe|foot|feet catch|catches|snag|snags|clip|clips on|_ the carpet|rug|stairs|step|steps|kerb|kerbs',
    'feet|foot|legs|leg|toes are|is|feel|feels|felt not|like+they+arent|like+they+are+not|like+its+not mine', 'dropped a|my coffee|cup|mug|glass',
    // One leg, not both: "legs going dead" late in a long run is tiredness.
    'leg|foot|arm is|keeps|has|_ going|gone dead|leaden',
  ],
  // Severity as a task that can no longer be done, or painkillers that do nothing.
  'severe-worsening': [
    'cant|cannot|can+barely|can+hardly|couldnt put|get|pull|pull+on my own socks|shoes|trainers|pants|trousers',
    'loo|toilet|bathroom|stairs|bed on my hands and knees', 'loo|toilet|bathroom|stairs|bed on all fours',
    'every|each day|morning its|it+is|it+gets|it+has+got|its+got a+bit|a+little|slightly|even|that+bit worse',
    'painkillers|painkiller|ibuprofen|paracetamol|codeine|naproxen barely|hardly|dont|do+not|arent|are+not|didnt|did+not|wont|dont+even|didnt+even touch|touching|touched|help|helping|helped|take+the+edge+off',
    'im|i+am|was+left|left doubled over', 'doubled|bent+double over in|with pain|agony',
  ],
  // The night as a routine: "up every night with it", "there at night too", "no comfy position", pacing, sleeping sitting up.
  'night-pain': [
    'most|every|each night|nights with+it|with+the+pain|because+of+it', 'up in|during the night with+it|with+the+pain',
    'there|still+there|aches|hurts at night too|as+well',
    'came|comes|come|started|starts on in|during the night',
    'no comfy|comfortable position|positions|way+to+lie|way+to+sleep',
    'as soon as i lie|lay down',
    'with it most|every nights|night', 'there|still+there in|lying+in bed too|as+well',
    'no|doesnt|does+not matter matter what|which position|way',
    'end+up|ended+up|up pacing|walking+around|walking+about the|_ kitchen|landing|house|hall|floor',
    'sleep|sleeping|slept|sleeps sitting+up|upright|propped+up',
  ],
  // A hump or a shoulder blade that now sticks out; "gone a funny shape".
  deformity: [
    'shoulder blade now|has+started+to|started+to sticks|sticking|stick out',
    'gone|going|become|turned a funny|strange|odd|weird|different shape',
    'hump|lump on|in my|the|his|her mid|middle|lower back',
  ],
  // "pain in my upper back goes down my left arm" (no "right" or "straight" before the direction).
  'radiating-arm-jaw': ['goes|going|went|runs|spreads|travels down|into my|the|his|her left|right arm|arms|jaw'],
  // Fever told by how it feels: "feel absolutely rough", "woke up shaking with a temperature", shivering under the duvet.
  'fever-unwell': [
    'feel|feeling|felt|feels absolutely|properly|pretty|dreadfully rough|ill|unwell|grim|rotten',
    'shaking|shivering|burning+up|woke+up|in+bed|off+work with a temperature|temp|fever',
    'shivering|shaking|shivery under the|two|a|my duvet|duvets|covers|blankets', 'flu ish', 'fluish',
  ],
  // A fall dated like any change: "since the fall off the step"; a ladder rung missed is a fall from a height.
  trauma: ['since|ever+since the|my|that fall|crash|tumble|accident', 'missed a|the|my bottom|last|top|_ rung|rungs'],
  // Long-term steroids or bone medicine said in passing.
  'steroids-osteoporosis': [
    'on|taking steroids|steroid|prednisolone|prednisone|pred forever|for+life|permanently|long+term|longterm|for+years|indefinitely',
    'bone tablets|pills|medication|meds|drugs', 'on pred for',
  ],
  // The heart on the flat: breathless where it never used to be.
  'heart-warning-signs': ['breathless|winded|puffed|out+of+breath|gasping on|along the|a flat|flats|flat+bit|level'],
  'weight-loss': ['dropped|lost|losing|dropping weight|kilos|pounds alarmingly|worryingly', 'weight has|have|_ dropped|fallen|gone alarmingly|worryingly'],
  // The toilet unfelt: "can't feel myself on the loo", "barely feel the toilet paper".
  'bladder-bowel': [
    'cant|couldnt|cannot feel myself|anything properly|_ on|when+on|using the|_ toilet|loo',
    'cant|couldnt|cannot|didnt|barely feel the|_ loo|toilet paper|roll|tissue',
  ],
  'stress-fracture-signs': [
    'no period|periods since', 'skipping|skip|skipped lunch|meals|breakfast to stay|keep light|lean|thin',
    'crack|hairline+crack|cracked+bone in|low+in the|my|her|his spine|vertebra|vertebrae|lower+back',
  ],
  // The aorta's tear told as a direction: "something tore through to my back", "a hot line down my spine".
  'tearing-pain': ['tear|tore|rip|ripped through|straight+through to|into my|the back|chest|spine', 'hot|burning line|streak down|running+down my|the spine'],
};

/** "locked up every morning for months, a run fixes it": the stiffness of the inflammatory pattern, read as MORNING_STIFFNESS. */
export const LOCKED_MORNINGS = ['locked|seized up|solid in|every|each the|_ morning|mornings'];

/** Weight told by the clothes: "jeans are loose, and I'm not dieting" (with WEIGHT_WORDS in WEIGHT_LOSS_CONTEXT and OFF_FOOD). */
export const LOOSE_CLOTHES = ['loose', 'looser', 'baggy', 'drawstring', 'notch'];

/** "off his food and lost weight": appetite gone, when the sentence speaks of weight (with WEIGHT_WORDS). */
export const OFF_FOOD = ['off my|his|her|their food|grub|meals'];

/** Everyday-word traps: a burning pee is an infection (fever-unwell), not the bladder-bowel flag. */
export const EVERYDAY_RED_FLAG_TRAPS = ['burning|stinging|stings|burns|hurts|painful when|while|as i pee|wee|urinate|peeing|weeing'];

/** "thighs are beyond agony": a severe word just after the legs is their ache (unless the back is named with them). */
export const LEG_MUSCLES = ['legs', 'leg', 'thighs', 'thigh', 'quads', 'quad', 'calves', 'calf', 'hamstrings', 'feet', 'glutes'];
export const BACK_WORDS = ['back', 'spine'];
