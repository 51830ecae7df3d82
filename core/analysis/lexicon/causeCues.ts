// Cues in a post that hint at a cause (CONTRACT §1, "cue" column), in runners'
// own words. Pattern syntax: see core/detector/pattern.ts.
import type { CauseId } from '../../vocabulary';

// "New runners" are mostly people new to running (see training-load), so "runners" the shoes stays out of it.
const SHOES_BUT_RUNNERS = 'shoes|shoe|trainers|sneakers|kicks|hokas|hoka|nikes|brooks|asics|saucony|altras|altra|vaporflys|vaporfly|alphaflys|pegasus|cliftons|clifton|bondis|bondi|ghosts|novablast|novablasts|speedgoats|supershoes|pair';
const SHOES = `${SHOES_BUT_RUNNERS}|runners`;
const MY = 'my|the|these|those|them|this|that|his|her|_';

export const CAUSE_CUES: Record<CauseId, string[]> = {
  'posture-slouch': [
    'hunch|hunched|hunching|hunches|hunchback|slouch|slouched|slouching|slouches|slouchy|slumped|slumping|slump',
    'lean|leaning|leaned|leant too|so|_ far|much|_ forward|forwards',
    // Advice against a slouch names the cause: "run tall", "keep your head up", "shoulders back".
    'run|running|stand|standing|stay|staying|keep|sit|sitting tall|taller|upright|more+upright|up+tall|up+straight',
    'keep|keeping|kept|hold|holding your|my|the head|chin up',
    'shoulders back|down+and+back',
    // A triathlete's tuck on the bike.
    'aero|aero+position|aerobars|aero+bars|tt+position',
    // "Walked home bent over" is what the pain did, not the posture that caused it.
    'bent|bending forward',
    'bent|bending|hunched|hunching|leaning|sat over a|my|the|your desk|laptop|keyboard|computer|phone|handlebars|bars|screen|screens',
    'head down|forward',
    'looking|look|looked|staring|glancing|checking down|_ at my|your|the|a|_ watch|wrist|phone|garmin|feet|ground|screen|screens|tv',
    'rounded|rounding|hunched shoulders',
    'shoulders rounded|forward|hunched',
    'forward+head|head+posture',
    'poor|bad|terrible|awful|lazy posture',
    'posture',
    'text|tech neck',
    'collapsing|collapse at+the waist|hips',
  ],
  'posture-overarch': [
    'overarch|overarched|over+arch|over+arching|over+arched',
    'arching|arch|arched my|the|your back',
    'arching|hyperextending|hyperextended|hyperextension',
    'lean|leaning|leaned|leant too|so|right|way|_ far|much|_ back|backwards',
    'bum|butt|bottom|backside|pelvis|tailbone|hips tucked|tuck|tucking under|in',
    'stick|sticking|sticks|stuck|push|pushing your|my|the bum|butt|bottom|backside|booty out',
    'chest out|forward',
    'chest pushed|puffed|sticking out',
    'pushing|push|puffing|sticking my|your|the chest out',
    'anterior pelvic tilt',
    'pelvic tilt|tilts|tuck',
    'stick|sticking|sticks|stuck your|my belly|stomach|chest|bum|butt and|_ bum|butt|_ out',
    'apt',
    'swayback|sway+back',
    'lordosis|hyperlordosis|lordotic',
  ],
  'weak-core': [
    'weak|weaker|feeble|no|poor|zero|lack+of|lacking core|abs|glutes|trunk',
    'weak|weaker|feeble|no|poor|zero core strength|stability|work|muscles',
    'core|abs|glutes|trunk is|are|was|were|feel|feels|_ basically|pretty|so|really|very|totally|_ weak|weaker|non+existent|nonexistent|lazy|asleep',
    'no|zero|skipped|skip|skipping|skips|neglected|neglect|neglecting|ignored|ignoring|dropped|stopped my|the|_ core|strength work|workouts|exercises|training|strength|routine|sessions|_',
    'havent|dont|didnt|never|rarely|barely|hardly do|did|done|doing any|much|_ core|strength|strength+work|core+work',
    'more|extra|some|proper core|strength work|training|exercises',
    'do|does|doing any core|strength work|training|exercises',
    'core thing|issue|issues|problem|weakness',
    'dead+butt|glute+amnesia',
    // "Without a decent core my back aches": the missing core is the cause (the phrase hides the negation).
    'without|lacking a|any|_ decent|proper|strong|good|_ core|glutes',
    // Runners name the core itself, mostly as what to strengthen: "build up my core", "core exercises".
    'core|cores',
    'plank|planks|planking',
    'stomach|ab|abs|abdominal|tummy exercises|strength|strengthening|work|workouts|sessions|session',
  ],
  'tight-hamstrings': [
    'tight|stiff|inflexible|short|shortened|tense hamstrings|hamstring|hammies|hammy|hams',
    'hamstrings|hamstring|hammies|hammy|hams are|is|were|was|feel|feels|felt|get|always|so|really tight|stiff|inflexible|tighter',
    'hamstring tightness|stiffness|flexibility',
    'cant|cannot|couldnt touch my toes',
    'hamstrings|hamstring|hammies|hammy',
  ],
  impact: [
    'pounding|pound|pounded the|_ pavement|pavements|roads|road|concrete|asphalt|tarmac',
    'pounding',
    'pavement|pavements|sidewalk|sidewalks|concrete|asphalt|tarmac|blacktop',
    'hard surface|surfaces|ground',
    'heel strike|striking|striker|strikes|struck|land|lands|landing|landed',
    'land|landing|landed|lands on my|your|the heels|heel',
    'overstride|overstriding|overstrides|over+striding|over+stride|overstrided',
    'stomping|stomp|stompy|heavy+footed|heavy+feet|heavy+landing|heavy+landings|landing+hard|land+hard|landing+heavily|slamming|jarring|jolting',
    'jar|jars|jarred|jolt|jolts|jolted',
    'impact|impacts|high+impact',
    'road running|runs|miles',
    'on roads|tarmac|concrete|pavements',
    // Advice against overstriding: "shorter strides", "land midfoot".
    'short|shorter|small|smaller strides|steps',
    'midfoot|mid+foot|forefoot|fore+foot strike|striking|striker|landing|_',
    'balls of your|my|the|_ feet|foot',
  ],
  footwear: [
    `new ${SHOES_BUT_RUNNERS}`,
    `old|worn|worn+out|wornout|cheap|different|minimalist|barefoot|cushioned|maximalist|racing|carbon|plated|super|dead|knackered|tired|flat|firm|stiff ${SHOES}`,
    `worn|worn+out|dead|knackered|shot|done ${MY} ${SHOES}`,
    `switched|changed|swapped ${SHOES}`,
    `switched|changed|swapped|switching|changing|swapping|moved|went|transitioned|transitioning to|into zero+drop|low+drop|minimalist|barefoot|carbon|maximalist|cushioned`,
    'zero|low|heel drop|drops',
    'zero dropper|droppers',
    'carbon plate|plated|plates',
    'stack height|heights', 'high|max|maximal|huge|big stack', 'rocker|rockered|rocker+sole|rocker+soles',
    'orthotics|orthotic|insoles|inserts|insole',
    `# miles|mi|km|k on ${MY} ${SHOES}`,
    `${SHOES} have|with|at # miles|mi|km|k`,
    'shoe mileage|rotation',
    'hokas|hoka|vaporflys|vaporfly|alphaflys|alphafly|altras|altra|cliftons|bondis|speedgoats|novablasts|supershoes|super+shoes',
    'shoes|shoe|footwear|foot+wear|trainers|sneakers',
  ],
  stress: [
    'anxious|worried|stressed|stressing about|over work|my+job|money|deadlines',
    'stress|stressed|stressful|stressing|stresses|stressy',
    'work|life|job|family|financial|exam|emotional stress|pressure|pressures',
    'tension',
    'overwhelmed|overworked|burnout|burnt+out|burned+out|frazzled',
    'busy+at+work|busy+week|crazy+week|hectic|deadline|deadlines',
    'work|job|works|jobs gets|got|is|was|has+been|been|gone mental|crazy|manic|intense|nuts|stressful|brutal|hell|insane|relentless|full+on',
    'divorce|grief|grieving|bereavement|redundancy|laid+off|new+baby|newborn',
  ],
  anxiety: [
    'anxious|worried|stressed|stressing about|over work|my+job|money|deadlines', // Bare worry and panic are mostly about the pain itself ("slightly panicking, my back…"), so they stay out.
    'anxiety|anxious|anxieties|nervous|nerves|panicky|jittery|on+edge|uneasy|edgy',
    'worrier|worriers|worry+wart|born+worrier',
    'panic attack|attacks',
    'race|prerace|pre+race|race+day nerves', 'taper tantrums',
    // No sleep for nerves is the nerves, not night pain (one phrase, so the red flag's "couldn't sleep" does not read it).
    'cant|couldnt|cannot|didnt sleep|sleeping for|from|with nerves|excitement',
  ],
  'shallow-breathing': [
    'chest breathing|breather|breaths|breath',
    'breathing|breathe|breathes really|very|_ only|mostly|high|high+up|too+high|way+too+high|_ into|from|with|through|in my|the|_ chest|upper+chest',
    'holding|hold|held|holds my|your|the breath',
    'breath holding',
    'shallow breathing|breaths|breath|breather',
    'breathing shallow|shallowly|too+fast|erratically|badly|wrong|poorly',
    'panting|gasping|hyperventilating|hyperventilate',
    // The same words as the red flag's "gasping just walking" (one phrase, both roles).
    'gasping|panting just|even walking|sitting|talking|lying',
    // Pain on a deep breath, laboured breathing: how runners tell of it.
    'breathe|breath|breathing|breathes|breathed in|_ deeply|deep|hard|heavily',
    'breathe|breathing|breathes deeply|heavily',
    'deep|deeper|big|bigger|full breath|breaths|breathing|inhale|inhales',
    'hurts|hurt|painful|hard|harder|difficult|impossible|struggle|struggling|struggled|sore to|_ breathe|breath|breathing|inhale',
    'laboured|labored|heavy|heavier|rapid|hard|harder breathing|breath|breaths',
    'out of breath',
  ],
  diaphragm: [
    'diaphragm|diaphragmatic|diaphram|diaphragms',
    'belly|stomach|abdominal|tummy breathing|breaths|breathe',
    'breathing|breathe from|into|with|through my|the belly|stomach|tummy|abdomen',
    'not|never|dont|didnt|doesnt|isnt|wasnt|no use|using|used|engage|engaging|working|doing my|the|_ diaphragm',
    'not|never|no belly|stomach|diaphragmatic|diaphragm breathing|breaths|breather',
    'not|rather+than|instead+of belly|tummy',
    'side stitch|stitches|stich|stiches|cramp',
    'stitch|stitches|stich',
  ],
  'uneven-terrain': [
    'trail|trails|trail+running|trail+run|trail+runs|trail+race|technical|singletrack|single+track',
    'root|roots|rooty|rock|rocks|rocky|stones|stony|scree|boulders',
    'uneven|bumpy|rutted|rough|lumpy ground|terrain|surface|surfaces|paths|path|trails|road|roads',
    'rutted|lumpy|bumpy|potholed|potholes|rooty',
    'uneven',
    'cambered|camber|slanted|sloped|sloping|banked|canted road|roads|path|paths|pavement|surface|_',
    'off+road|offroad',
    'cobbles|cobblestones|gravel|mud|muddy|sand|sandy|beach|tussocks|bog|boggy',
    'fell running|run|runs|race|races',
    'mountain running|races|race',
  ],
  hills: [
    'downs|ups+and+downs|hill|hills|hilly|uphill|uphills|downhill|downhills|incline|inclines|climb|climbs|climbing|climbed',
    // "Rolling" alone is also rolling on a massage ball.
    'rolling course|courses|route|routes|terrain|trail|trails|countryside|roads|profile|parkrun',
    '# mi|miles|mile|k|km|kms rolling',
    'hill repeats|reps|sprints|intervals|session|sessions|work|training|workout',
    'elevation|elev|vert|vertical gain|_',
    '# m|metres|meters|ft|feet|foot of climbing|climb|gain|elevation|vert|ascent',
    '# m|metres|meters|ft|feet|foot climb|gain|up',
    // Stairs alone are daily life ("weak on the stairs"); stair sessions are in the last line.
    'ascent|ascents|descent|descents|descending|steep|steeper|mountain|mountains|mountainous|switchbacks',
    'fell running|run|runs|race|races',
    'heartbreak hill',
    'long|steep drag|drags|drop|drops',
    'stair|stairs|step session|sessions|repeats|reps|climb|climbs|workout|workouts',
  ],
  'cold-weather': [
    'cold|colder|coldest|freezing|frozen|icy|frigid|chilly|frosty|frost|wintry|wintery|snow|snowy|snowing|sleet|brr|brrr|baltic|arctic',
    // A season alone is a time frame ("all winter", "last winter"); a winter run is the cold.
    'winter|wintertime run|runs|running|morning|mornings|weather|conditions|air|wind',
    'sub+zero|subzero|below+zero|below+freezing|minus+#',
    'windchill|wind+chill|polar+vortex',
    'cold morning|day|night|run|race|weather|snap|spell|wind|rain|start',
    'bitter|biting wind|winds|cold|easterly|northerly',
  ],
  humidity: [
    'humid|humidity|muggy|sticky|sweltering|steamy|soupy|swampy|oppressive|tropical|sauna',
    // "clammy" alone is a symptom ("cold and clammy", a heart's warning); the air's only with the weather.
    'clammy day|days|weather|air|evening|morning|night|conditions|heat|out',
    'dew+point|dewpoint|dewpoints|dew+points',
    '# % humidity',
  ],
  dehydration: [
    'dehydrated|dehydration|dehydrating|underhydrated',
    'under hydrated',
    'didnt|did+not|forgot+to|barely|hardly|never drink|drank|hydrate|rehydrate', 'drank|drunk nothing|no+water|little', 'skipped|missed|skip the|_ water|aid stations|station|stops',
    'not drinking|hydrating', 'not drinking|drink enough water|fluids|_',
    'didnt drink enough',
    'forgot|forgotten|no|without my|any|_ water|fluids|bottle|bottles|hydration',
    'ran out of water|fluids',
    'dry+mouth|dark+urine|dark+pee|dark+wee',
    'not enough water|fluids|fluid',
    'drank|drunk|drinking nowhere+near|not+nearly|not enough',
    // A fix that names the cause: "it goes if I drink more on the run".
    'drink|drinking|drank more water|fluids|_ on|during the|my run|runs|long+run|long+runs',
    'drink|drinking|drank more water|fluids',
    // Dark urine told as thirst (the red flag needs more: cola colour with weak, sore muscles).
    'pee|urine|wee was|is|looked|went dark',
    'hydration', 'fluid|water intake',
    'poor|bad|terrible hydration',
  ],
  electrolytes: [
    'electrolytes|electrolyte|lytes|salt|salts|salty|sodium|potassium|minerals',
    'salt tabs|tablets|pills|caps|capsules|sticks',
    'nuun|tailwind|lmnt|gatorade|powerade', 'hydration tabs|tablets',
    'salty|heavy sweater',
    'sweat|sweated|sweating a+lot|loads|buckets|heavily|profusely',
    'forgot|forgotten|no|without my|any|_ electrolytes|salt|salts|tabs|nuun',
  ],
  magnesium: ['magnesium|mag|epsom+salt|epsom+salts|epsom'],
  'vitamin-d': [
    'vitamin|vit d|d3',
    'vitamin d #',
    'vitd',
    'sunlight|no+sun|lack+of+sun|lack+of+sunlight|little+sun|dark+mornings|dark+evenings|dark+winter|dark+winters',
  ],
  treadmill: [
    'the mill', 'treadmill|treadmills|dreadmill|dreadmills|tready|peloton+tread|woodway|assault+runner',
    'indoor|indoors run|runs|running|miles|session|sessions',
    'run|runs|running|ran|moved|train|training indoors|inside',
    'on the belt',
    'gym run|runs',
  ],
  'load-carriage': [
    'backpack|backpacks|back+pack|back+packs|rucksack|rucksacks|daypack|day+pack|knapsack|ruck|rucking|rucked',
    'run|running commute|commuting|commuted|commutes',
    'runcommute|runcommuting',
    'commute|commuting|commuted by run|running|foot',
    'hydration|race|running|trail|water vest|vests|pack|packs|bladder|belt',
    'vest|vests|camelbak|camelback|salomon+vest|ultimate+direction',
    // A baby worn on the front: "carried my little one in the sling".
    'sling|baby+carrier|baby+carriers|sling+carrier',
    'water|drinks bottle|bottles|flask|flasks',
    'handheld|handhelds|hand+held',
    'carrying|carry|carried my|your|a|the|two|#|_ water|bottles|phone|keys|bag|gels|pack|kit|stuff|weight|everything|bottle',
    'phone|bottle|bottles|keys|flask in|on a|my|the|one belt|pack|vest|hand|hands|pocket|bumbag',
    'hold|holds|holding|held my|a|the phone|bottle|handheld',
    'waist|hip|bum|fanny|running|flip|bottle|water belt|pack|bag',
    '# litre|liter|l pack|vest|bag|rucksack|bladder',
    'flipbelt|spibelt|bumbag',
    'weighted vest|vests',
    'stroller|strollers|pram|buggy|pushchair',
    'laptop|work|messenger bag',
  ],
  'training-load': [
    'upped|up|upping|increase|increasing|increased|doubled|tripled|jumped|ramped+up|bumped+up|bumped|bumping|raised|raising|added|added+to|boosted|lengthened|extended|extend|extending my|the|your|_ weekly|hill|running|run|_ mileage|miles|volume|distance|load|training|kms|km|long+run|long+runs|runs|run|duration|speed|pace|intensity',
    'mileage|volume|distance|training+load jump|jumped|increase|increased|spike|spiked|went+up|has+gone+up|doubled|ramp|ramped',
    'more|extra|higher|high|big|bigger|increased|increasing|upping|adding mileage|miles|volume|km|kms|weeks|week|speedwork|speed+work|intervals|long+runs',
    'ramping|ramp up',
    'ramped up',
    'new|first|big marathon|ultra|training|half+marathon|half|#+k|#+mile block|cycle|plan|build',
    'marathon|ultra|half+marathon block|build|prep',
    'training block|cycle|build',
    'training load',
    'started|starting|began|begun marathon|ultra|half+marathon|race training|prep',
    'mileage|volume|distance is|was|went|has+gone|_ from|_ # to|_ #',
    'track session|sessions|workout|workouts|intervals|repeats|reps|night|nights|#',
    'mile|km|#+m|#+k repeats|reps',
    '# st|nd|rd|th week|weeks of',
    'speedwork|speed+work',
    'back to back long+runs|long+run|runs|days',
    'back to back',
    'longer runs|long+runs', 'longest run',
    'peak|peaking week|weeks|mileage',
    '# mi|miles|km|k|mile week',
    'after a long break|layoff|lay+off|time+off|hiatus', 'after #|two|three|four|five|six|several|a+few|a+couple+of years|months|year|month off', 'after years|months off', 'back into running|it|training', 'new block', 'block started', 'double days|day', 'doubles', '#|two a days', 'jump|jumped|jumping|went|going|gone from|to # days|runs|miles|km|mi', 'went|going|gone|jumped from # to #', 'first week|weeks of',
    'too+much+too+soon|too+soon|overtraining|overtrained|overdid+it|overdoing+it|overdone|overreached|overreaching',
    'run+streak|streak|no+rest+days|no+rest+day|daily+runs', 'run|running every day',
    // A run against the writer's habit: "further than usual", "50% longer", "I normally run 30 mins".
    'further|farther|longer|faster|harder|more|quicker|hillier than usual|normal|normally|i+normally+do|i+usually+do|i+normally|i+usually|id|i+would|i+do|planned|i+planned|intended|i+intended|i+meant|before|ever|im+used+to|i+am+used+to|you+would+normally|you+would+do+normally',
    '# % further|farther|longer|more|extra|faster',
    'normally|usually|typically|generally|only|only+ever|only+normally|only+usually run|do|ran|go|about|around|stop+at|finish+at|_ # mins|minutes|min|miles|mile|mi|k|km|kms|hours|hour',
    'first time over|past|beyond|above|running+over|going+over',
    'first few|couple|couple+of|_ # mile|miles|mi|k|km|minute|min|hour run|runs|miler|milers',
    'started|starting|began|begun running|doing|going|to+run longer|further|farther|faster|for+longer|more+miles|longer+distances|#+miles|#+mile|#+k|#+km',
    'long|longer distance|distances',
    'run|running|ran|do|doing more+than # mile|miles|mi|km|k|kms|minutes|mins|min|hours|hour',
    '# or longer|more|further',
    'pushing|push|pushed|running|run|ran|going|go|went|started|starting too|so fast|hard|far|quick|quickly',
    'faster+and+faster|further+and+further|longer+and+longer|harder+and+harder',
    'overuse|overused|overusing',
    'hard|tough|big|brutal # miler|milers|mile+run|k+run|km+run',
    'hard|tough|brutal|intense session|sessions|workout|workouts|effort|efforts',
    // Cutting back or building up slowly treats the load: "cut your miles back", "add distance slowly".
    'cut|cutting|scaled|scaling|dialled|dialed|dialling back|down on|_ my|the|_ running|mileage|miles|distance|training|volume',
    'reduced|reducing|reduce running|mileage|training|volume|distance',
    'build|building|built up slowly|gradually|slow|gradual|distance|mileage',
    'gradually|slowly build|increase|increasing|building|add|adding',
    // "build about 10% a week" (the tokens drop "%", so a bare "25 a week" must not match).
    '# % rule',
    'build|increase|increasing|add|adding|raise|by about|around|roughly|no+more+than|_ # % a|per week',
    'get|getting|gets|got used to it|running|the+running|the+extra|more|this|the+distance|the+mileage|the+longer|the+new',
    'go|going|goes|went|get|gets|anything past|beyond|to about|around|_ # h|hours|hour|hrs|hr|miles|mile|k|km|mins|minutes',
    'my|ever first|first+ever #+k|#+km|#+miler|#+mile+run',
    'longest before|ever|yet|so+far|to+date',
    'jump|jumps|step+up|increase|rise in time|distance|mileage|duration|length|pace|volume|load',
    'stretch|stretched|extend|extended|push|pushed it|the+run|my+run from|to #',
    'kept going|on+going',
    // The runs themselves grew: "as my runs got longer", "once the runs got to 20 minutes".
    'runs|run got|get|getting|gets|are+getting|have+got|started+getting longer|harder|faster|tougher|to',
    'first double+digit|double+digits|doubledigit',
    // Intensity: "interval session", "tempo days", "race pace", "time trial".
    'interval|intervals|tempo|speed|quality|threshold session|sessions|day|days|run|runs|workout|workouts|efforts',
    'race|marathon|threshold|tempo pace',
    'time trial|trials',
    'fast finish|finishes',
    'went|go|going|drop|dropped|dropping|repeat|repeated|repeating back to week|wk',
    'adjusting|adjust|adapting|adapt to the|_ running|programme|program|plan|mileage|distance|training',
    'new to running|this|it',
    'first started|start|began|starting',
    'long fast|hard|tempo|progression run|runs',
    // A step up told as its new level: "since I went up to six runs a week", "the jump to 70k a week".
    'went|gone|going|moved|stepped|bumped|jumped|upped up|_ to #|five|six|seven|eight|nine|ten|twelve runs|days|sessions|miles|mile|km|k|mi|kms|mpw',
    'jump|jumps|jumped|spike|hike|leap to #',
    'began|begun|started|starting the|a|my half|marathon|#+k|ultra|training|c25k|new plan|programme|program|schedule',
    // Told in words, not digits: "went from three runs a week to five", "added a second long run".
    'went|gone|going|jumped|moved|upped from two|three|four|five|six runs|days|sessions|to',
    'added|adding a|an second|third|extra|another long+run|long+runs|run|session|day',
  ],
  'arm-swing': [
    'arm|arms swing|swinging|carriage|action|drive|position|movement|motion',
    'arms|hands all|_ cross|crossing|crossed',
    // How the arms and shoulders are held, and advice to let them go: "relax your shoulders".
    'relax|relaxed|relaxing|loosen|loose|looser|drop|dropping|dropped|lower|lowering your|you|my|the|_ shoulders|shoulder|arms|arm|hands|hand',
    'hold|holding|held|carry|carrying my|your|the arms|hands|elbows|arm',
    'keep|keeping|kept my|your|the arm|arms|hands|elbows straight|relaxed|low|lower|loose|down|bent',
    'elbows|elbow high|out|wide|flared|flaring|too+high|back|in|tucked',
    'arms|arm flap|flaps|flapping|flail|flails|flailing|wave|waves|waving',
    'tensing|tensed',
    'too|so|very|being tense',
    'scrunched|scrunching|scrunched+up|scrunch+up',
    'tight|tense|stiff in|through|across my|your|the shoulders',
    'shake|shaking|shook out my|your|the|_ arms|hands|shoulders',
    'crossing|cross my|the midline|body|arms',
    'shrug|shrugs|shrugged|shrugging',
    'shoulders up|raised|hunched+up|by+my+ears|to+my+ears|tense|tight|tensed|creeping+up|around+my+ears',
    'tense|tensed|tensing|tight|tensing+up|raised shoulders|shoulder',
    'tensing|tense|tight|clenching|clenched|clench my|your|the|_ shoulders|fists|hands|arms',
    'clenched|tight|balled fists',
    'fists|fist|hands clenched|balled|tight',
    'touching|touch|touches|at|by|near|around my|your|their ears',
    'chicken wing|wings|winging', 'flailing|flail|floppy arms',
    'arms too high|low|tight|tense|stiff|bent|straight',
    'swinging|swing my arms',
    'swinging|swing|swings|crossing|crosses|crossed right|all+the+way|_ across|over the|my|your body|midline|chest',
    'tensing|tensed|tense|hunching|hunched|shrugging up my|the|your|_ shoulders',
    'up|creeping+up|hunched+up by|around|to|near my|your|their ears',
  ],
  'prolonged-sitting': [
    'desk|office|computer|sedentary|wfh job|jobs|work|worker|chair|chairs|all+day|life|lifestyle',
    'desk|desks|office',
    'sitting|sit|sat|seated all+day|for+hours|hours|at+a+desk|at+my+desk|at+work|at+a+computer|a+lot|too+much|too+long|in+a+car|in+the+car|on+a+plane|on+the+plane|in+meetings',
    'hours|day|days of|_ sitting|sat|driving|meetings',
    'sitting|sat most|much|half of the|my day|week|time', '#+hr|#+hour|#+hours sit|sitting',
    'long|#+hr|#+hour|#+hours|hour|hours drive|drives|driving|flight|flights|haul|car+journey|car+ride|road+trip|commute|train+ride|bus+ride|meeting|meetings|trip|journey',
    'drove|driving|flew|flying|drive for|the|a|_ # hours|hrs|hr',
    'sat|sitting|stuck in traffic',
    'sat|sitting|stuck on|in a|the train|plane|coach|bus|flight for',
    'on the sofa|couch all day|weekend|evening|night',
    '# hrs|hours|hour|hr on|in the|a train|plane|car|bus|coach|flight|sofa|couch',
    'drive|ride home|back', 'road+trip|flight|flights|plane|airplane|aeroplane|overnight+flight|red+eye|redeye|jet+lag|jetlag',
    'laptop|computer|screen|desk all+day|for+hours|hours+a+day',
    // The trip told by where it went: "a crick from the drive up to the race".
    'the|a|that drive|flight|journey up|down|over|home|there',
    'wfh|working+from+home|work+from+home|gaming|couch+potato',
    'dreadful|bad|terrible|awful|uncomfortable|cheap|rubbish chair|chairs',
    'typing|gaming|coding for hours|all+day',
    // The trip told as the travel: "stiff from the travel", "the coach journey up".
    'coach|train|bus|car journey|journeys|ride|trip',
    'from|after the|all+the|a+day+of|hours+of travel|travelling|traveling',
  ],
};

/** "too quickly": the load, unless the sentence tells of a change of shoes ("switched to zero-drop far too quickly"). */
export const TOO_QUICKLY = ['too quickly|quick'];
export const SHOE_CHANGE_WORDS = ['shoes', 'shoe', 'trainers', 'drop', 'minimalist', 'barefoot', 'transition', 'transitioned', 'switched', 'switch', 'insoles', 'orthotics'];

/** Words of a fall: the surface in their sentence is where the runner landed ("went down on the tarmac"), no impact cue. */
export const FALL_WORDS = ['fell', 'fall', 'falls', 'fallen', 'falling', 'tumble', 'tumbled', 'tumbling', 'slipped', 'slipping', 'tripped', 'skidded', 'crashed', 'clattered', 'knocked', 'faceplanted'];

/** Phrases that contain a cue word but are no cue: "cold turkey", "foam rolling", "bent over rows". */
export const CAUSE_TRAPS = [
  'cold turkey|brew|shower|showers|plunge|plunges|bath|baths|water|feet|call|sore|sores',
  'a|head|chest|common cold',
  'foam rolling|roller|roll|rolled',
  'bent over rows|row|rowing',
  // Unchanged, so no cause: "same shoes, same routes".
  `same|usual|regular ${SHOES}|mileage|volume|route|routes|surface|surfaces|terrain`,
  // Worry about the symptom, not a cause: "should I be worried?".
  'should+i+be|making+me|makes+me|made+me|getting worried|nervous|anxious|concerned',
  'need+to|have+to|should+i|do+i|dont|not+to|nothing+to worry|panic',
  // Kit that is fine is no cause: "good running shoes", "proper trainers".
  `good|decent|proper|correct|fitted|supportive running|_ ${SHOES_BUT_RUNNERS}|footwear`,
  // Idioms and treatments: "it all went down hill", "roll downs", "frozen peas", "root cause".
  'all went|goes|going down+hill|downhill',
  'went down+hill',
  'roll downs|down',
  'rolling|roll|rolled the|my|your shoulder|shoulders|neck',
  'mountain bike|biking|bikes|biker',
  'rock climbing|climb|climber',
  'frozen peas|veg|vegetables',
  'hot water bottle|bottles',
  'arm|wrist|shoulder in a sling',
  // Where the writer is now, not hours of sitting: "sitting in the car park".
  'sitting|sat in the car+park|carpark',
  // Where the writer is now: "I'm sitting in the car".
  'im|am sitting|sat in the|my car|ambulance|waiting+room',
  // A vest worn is a running top, not a pack: "stood around in just a vest".
  'in|wearing a|just+a|only+a vest|singlet',
  // Standing on a hard floor is no running impact: "stood on concrete all day at the warehouse".
  'standing|stood|stand|stands on concrete|tarmac|hard floor|floors',
  // A suspicion the writer has left behind: "I blamed the shoes at first".
  'blamed|blaming|suspected|thought+it+was|put+it+down+to|put+it+all+down+to|assumed+it+was the|my|_ shoes|trainers|mileage|hills|cold|treadmill|core|posture|vest|pack|desk|chair|mattress|stress at first',
  'cold / hot|heat',
  'cold and|or hot|heat',
  'hot and|or cold',
  'root cause|causes|of',
  'stress fracture|fractures|reaction|reactions',
  'put|putting|puts|place|placing|places|take|taking|takes stress|pressure|strain on|off',
  'tension in|across|between|around|at',
  'impact on',
  'jolt|jolts of pain',
  'a jolt|jolts',
  'muscles|muscle tensing|tensed|tense',
  'as|like a plank|board',
  'new runner|runners',
  // A shoe that is settled is no change: "new shoes broken in".
  `new ${SHOES_BUT_RUNNERS} broken|worn|bedded in`,
  // Similes of stiffness: "calves like rocks", "back like concrete".
  'like|as rocks|a+rock|stone|stones|concrete|a+brick',
  // Shoes as a task the pain makes hard: "couldn't get my trainers off".
  'get|getting|put|putting|take|taking|pull|pulling my|the|_ shoes|trainers|socks|sneakers|boots on|off',
  // The treadmill's usual fix, not a hill: "put a 1% incline on".
  'put|set|add|try|use|using a # % incline|gradient',
];

/**
 * Causes told as a story in everyday words (catalogue/real-lang5.md): the fluid not drunk, the
 * shoulders by the ears, the laptop on the knees, hours in traffic, an added session. Read like
 * CAUSE_CUES, with the same checks.
 */
export const EVERYDAY_CAUSE_CUES: Partial<Record<CauseId, string[]>> = {
  // Not a drop drunk: "didn't take a drop", "two hours without a sip", "fluid loss", water swapped out.
  dehydration: ['didnt|did+not|never take|have|drink a drop|sip|mouthful', 'without a drop|sip|mouthful|drink', 'fluid loss|losses', 'instead of water|fluids|drinking'],
  // Shoulders hitched up: "shoulders up round my ears".
  'arm-swing': ['shoulders are|were|_ up round|around|by|near|to my|your ears'],
  // Hours seated told by the scene: laptop on the knees, the sofa office, hours in traffic.
  'prolonged-sitting': [
    'laptop on my|your knees|lap', 'working|work|worked from the|my sofa|couch|bed',
    '# hours in traffic|the+car|the+van', 'driving|drive|drove # hours|hrs', 'long sitting',
  ],
  // Tension told by the body: teeth ground at night, a reorganised workplace.
  stress: ['grinding|grind|clenching|clench my|your teeth', 'restructure|restructuring|redundancies'],
  // Nerves before races told as symptoms.
  anxiety: ['a|an|absolute|total|nervous wreck before|at|on', 'hands|legs shaking|shake|trembling on|at the start|start+line'],
  // Eyes on the watch all the way.
  'posture-slouch': ['looking|look|staring|stare straight|_ down at my|the watch|garmin|feet'],
  // Held breath: "I basically stop breathing on the hard bits".
  'shallow-breathing': ['stop|stopped|stops breathing'],
  // A road that tilts: camber without the word.
  'uneven-terrain': ['road|path|pavement slopes|sloped|tilts|tilted hard|steeply|_ towards|to|down+to'],
  // Load told as a session added on top of the old week, a long run that grew, or a daily streak.
  'training-load': [
    'added|adding|add a|an|another tempo|session|interval|track+session|long+run|speed+session on top',
    'long+run|long+runs|mileage|volume went|has+gone|jumped|grew|crept+up from',
    'ran every|every+single day', 'been running every|every+single day',
  ],
  // Overstriding told as reaching for each stride.
  impact: ['overreaching|reaching+out|reaching every|each|with|on stride|step|strides'],
  // A pack heavier than usual.
  'load-carriage': ['pack|rucksack|bag|vest was|is|felt heavier|heavy|overloaded|overfilled'],
};


/** Everyday-word cause traps: a pushed buggy, a stood shift, a standing desk, a gravel bike, meetings back to back, a fall off the belt. */
export const EVERYDAY_CAUSE_TRAPS = [
  'pushing|push|pushed|pushes the|a|her|him|my|our running|jogging|_ buggy|stroller|pram|pushchair', 'running|jogging buggy|stroller|pushchair|pram',
  'stood|standing|stand on concrete|tarmac',
  'standing desk|desks', 'fine|ok|okay|comfortable|great at my|the desk',
  'gravel bike|bikes|ride|rides|riding',
  'back to back meetings|calls|video+calls|zooms|shifts|lectures',
  'fell|fall|came|shot|flew off the|a treadmill',
  // A shoe's age in miles is no training load: "they're only 100 miles old".
  '# miles|mile|km|kms|k old|on+them|in+them|on+the+clock', 'only|just|barely # miles|mile|km|kms|k old|on+them|in+them|on+the+clock',
];
