// Phrases whose "back" is not the body ("back to running", "back-to-back"),
// and pain words that are not pain ("tight schedule", "killing it").
// A trap phrase is matched before, and instead of, the words inside it.

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

export const BACK_TRAPS = [
  'back to back|backs',
  'because+of|due+to|owing+to my|his|her|your back to back|backs',
  'back to|into|from|then|when|around|again|soon',
  'back of',
  `back in #|${MONTHS}|action|shape|form|training|time|school|college|uni|business|town|highschool`,
  'back in the day|game|saddle|swing|groove|mix|90s|80s|past|spring|summer|autumn|fall|winter|uk|us',
  'back on track|form|course|pace|schedule|target|plan|trails|trail|roads|road|bike|horse|feet|foot|it|top|line',
  'back on my|the feet|road|roads|trails|bike|horse|track|treadmill|plan|schedule',
  'back at it|home|work|school|base|camp',
  'back home|yard|garden|door|seat|seats|road|roads|street|streets|lane|lanes|country|trail|trails|half|nine|straight|straights|stretch|end|story|burner|log|field|row|page|pages|marker|markers|office|room|pocket|wheel|wheels|tyre|tyres|tire|tires|brake|brakes|squat|squats|day|extension|extensions|and+forth|pack|packs|packer|packers|side|foot|catalogue',
  'back up|down|off|away|onto',
  'back out of',
  'out|there and|n back|backs',
  'pat|pats|patted|slap on the back',
  'stab in the back',
  'behind my|your|his|her|their back',
  'lie|lies|lying|lay|laying|sleep|sleeps|sleeping|slept on my|your|his|her|their|the back',
  // The back as where a load sits: "running with weight on your back".
  'weight|weights|load|pack|bag|rucksack|backpack|kid|child|baby on my|your|his|her|their|the back',
  'keep|keeping|kept|hold|holding your|my|the back straight|flat|neutral|tall|rigid',
  'straighten|straightening your|my back',
  'get|got my|your back up',
  'got your back',
  'cervical spine',
  'spine tingling|chilling|tingler',
];

export const PAIN_TRAPS = [
  'tight schedule|schedules|race|races|turnaround|deadline|deadlines|budget|corner|corners|turn|turns|window|cutoff|cutoffs|squeeze|fit|fitting|spot|timeline|connection|turnarounds|finish|margin|group|pack|knit',
  'tight on time|budget',
  'stiff breeze|wind|winds|headwind|headwinds|competition|drink|upper+lip',
  'burning calories|fat|question|desire|through|up',
  'fat burning|burn',
  'sore loser|point|subject',
  'pain cave|train|threshold|killers|killer|relief|relievers|meds|medication',
  'no pain no gain',
  'growing pains',
  'wouldnt|doesnt|dont|cant|wont|never hurts|hurt to',
  '# knots',
  'killing|killed|kill|smashed|smashing|crushed|crushing|nailed it',
  'pulled off|out|over|up|through|ahead|away',
  'on fire today',
  'crick in my|the neck',
  'toast and',
  'awful|terrible|horrible lot',
];

/** Words right before "back" that make it an adverb: "came back", "laid-back", "cut back". */
export const BACK_VERBS = [
  'came come comes coming get gets got getting go goes going went gone head heads headed heading',
  'run runs ran running walk walks walked walking jog jogs jogged jogging drive drives drove driving',
  'fly flies flew flying way ways bounce bounces bounced bouncing cut cuts cutting dial dials dialed dialled',
  'dialing dialling scale scales scaled scaling ease eases eased easing hold holds held holding look looks',
  'looked looking pull pulls pulled pulling sit sits sat lay laid lean leans leaned leant leaning kick kicks',
  'kicked kicking step steps stepped stepping set sets turn turns turned turning fight fights fought fighting',
  'pay pays paid paying bring brings brought bringing give gives gave given giving welcome welcomed is was be',
  'been are were im its far miles mile km hurry hurried race raced racing drop drops dropped dropping fall falls',
  'fell falling think thought call called write wrote push pushed move moved double doubled loop looped roll',
  'rolled circle circled settle settled throttle throttled talk talked text texted hit send sent take takes took',
  'taking put puts shift shifted cycle cycled cycling bike biked ride rode riding swim swam spring sprang flash',
  'spin spun float floated slide slid threw throw thrown hang hung stay stayed bite fire fired',
  // "three weeks back": ago.
  'day days week weeks month months year years while',
  'screamed screams shouted shouts yelled yells snapped snaps barked barks answered replied replies',
];
