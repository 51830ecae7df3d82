import type { RemedyId } from '../ids';
import type { RemedyText } from '../types';

export const REMEDIES: Record<RemedyId, RemedyText> = {
  'stay-active': {
    title: 'Keep moving',
    firstStep: 'Stay as active as the pain allows; skip bed rest.',
    summary:
      'Keeping up everyday activity, and walking or gentle running if it feels all right, helps most back pain settle faster than resting in bed.',
    steps: [
      'Carry on with normal daily activities as much as you comfortably can.',
      'Walk every day, starting with whatever distance feels manageable.',
      'Change position often rather than staying still for long.',
      'Some discomfort while moving is normal and not a sign of harm.',
    ],
    dose: 'Daily: several short walks of 10–30 minutes, building up as it eases.',
    cautions: [
      'Avoid bed rest; it does not help and may slow recovery.',
      'If any warning sign appears (see "When to see a doctor"), get medical help instead.',
    ],
    evidence:
      'Well supported: NICE recommends keeping up normal activities, and a Cochrane review found staying active slightly better than bed rest.',
  },
  'load-management': {
    title: 'Ease the load, keep running',
    firstStep: 'Cut this week\'s running by about a third (a rule of thumb) and keep runs easy.',
    summary:
      'Relative rest means lowering training to a level the back tolerates, rather than stopping altogether, then building back up.',
    steps: [
      'Reduce weekly distance by roughly 30–50%, a rule of thumb rather than a tested figure, and drop speed work and hills for now.',
      'Keep runs at an easy, conversational pace on flat, even ground.',
      'Use a simple pain guide, a rule of thumb from sports physiotherapy rather than a tested limit: discomfort up to about 3 out of 10 during a run that settles by the next morning is usually acceptable.',
      'If pain is higher or lingers into the next day, shorten the next run or swap it for walking, cycling or swimming.',
      'Plan an easier week every third or fourth week once you are back to full training.',
    ],
    dose: 'For 1–2 weeks, or until runs feel comfortable for a week; then build up gradually.',
    cautions: [
      'Stopping all activity is rarely needed and can slow recovery.',
      'Pain that keeps climbing despite less training is a reason to see a GP or physiotherapist.',
    ],
    evidence:
      'Mixed: matching training to what the body tolerates is central to sports-medicine consensus, but the evidence comes mostly from other sports and has not been tested for back pain in runners.',
  },
  'gradual-return': {
    title: 'Build back gradually',
    firstStep: 'Return with short, easy runs and add a little each week.',
    summary:
      'After a break or a flare-up, rebuild distance and intensity step by step so the body can keep up.',
    steps: [
      'Start at about half your usual weekly distance, all easy.',
      'If the back stays calm, add roughly 10–20% per week (a rule of thumb: no percentage has been proven); hold steady when it does not.',
      'Bring back long runs before speed work, and speed work before hills and races.',
      'Keep at least one rest or cross-training day between harder days.',
    ],
    dose: 'Over 2–6 weeks, depending on how long you were out.',
    cautions: [
      'Avoid jumping straight back into your old plan or a race.',
      'If the same pain returns at the same point each time, ask a physiotherapist to review your plan.',
    ],
    evidence:
      'Mixed: gradual progression is standard advice and sudden jumps are linked to injury, but no single percentage rule has been proven.',
  },
  'dynamic-warm-up': {
    title: 'Dynamic warm-up',
    firstStep: 'Before running, spend 5 minutes on leg swings, hip circles and easy jogging.',
    summary: 'A few minutes of moving warm-up gets the back and hips ready, especially in cold weather or after sitting.',
    steps: [
      'Walk briskly or jog very easily for 3–5 minutes.',
      'Leg swings front-to-back and side-to-side: 10 each leg.',
      'Hip circles and gentle trunk rotations with arms loose: 10 each way.',
      'Walking lunges with a reach overhead: 8 each side.',
      'Start the run slowly for the first kilometre.',
    ],
    dose: 'Before every run: 5–10 minutes.',
    cautions: [
      'Keep movements smooth and within a comfortable range; no bouncing into pain.',
      'Long static stretches before running are not needed.',
    ],
    evidence:
      'Little evidence for back pain specifically; warm-ups are low-risk, and structured warm-up programmes have cut leg injuries in some team sports.',
  },
  'core-strength': {
    title: 'Trunk (core) strength',
    firstStep: 'Twice a week, do planks, side planks and bird-dogs for 10 minutes.',
    summary: 'Simple strength work for the abdominals, back and hips is one of the best-tested ways to ease and prevent back pain.',
    steps: [
      'Bird-dog: on hands and knees, reach out one arm and the opposite leg, hold 5 seconds; 8–10 each side.',
      'Dead bug: on your back, lower the opposite arm and leg slowly while keeping the lower back still; 8–10 each side.',
      'Side plank from knees or feet: 20–40 seconds each side.',
      'Front plank: 20–40 seconds, breathing normally.',
      'Glute bridge: 10–15 slow repetitions.',
    ],
    dose: '2–3 times a week, 2–3 rounds, about 10–15 minutes; progress by adding time or harder versions every 1–2 weeks.',
    cautions: [
      'Mild effort and muscle burn are fine; sharp or increasing back pain means ease off or pick an easier version.',
      'Keep breathing; do not hold your breath.',
    ],
    evidence:
      'Well supported: exercise helps back pain, and trunk exercise works about as well as other types; choose what you will keep doing.',
  },
  'upper-back-strength': {
    title: 'Upper-back strength',
    firstStep: 'Add rows and back extensions to two sessions a week.',
    summary:
      'Strengthening the muscles between the shoulder blades and along the spine helps the upper and mid back cope with long runs and carrying loads.',
    steps: [
      'Rows with a band, dumbbell or cable: squeeze the shoulder blades back and down; 3 sets of 8–12.',
      'Lat pulldowns or assisted pull-ups: 3 sets of 8–12.',
      'Back extensions on a bench or the floor (lying face down, lift chest slightly): 2–3 sets of 10.',
      'Band pull-aparts or reverse flys: 2–3 sets of 12–15.',
    ],
    dose: '2 times a week, 15–20 minutes; add weight when the last repetitions feel easy.',
    cautions: [
      'Choose a weight you can move with control; straining with a rounded back defeats the purpose.',
      'If a movement reproduces sharp pain, drop it and try another.',
    ],
    evidence:
      'Mixed: exercise in general helps back pain; studies of specific upper-back exercises in runners are scarce.',
  },
  'hamstring-hip-mobility': {
    title: 'Hamstring and hip mobility',
    firstStep: 'After runs, try a gentle hamstring stretch and hip-flexor lunge for 30 seconds each.',
    summary: 'Gentle mobility for the hamstrings and hips can ease stiffness and make running feel freer.',
    steps: [
      'Hamstring stretch: heel on a low step, hinge forward with a long back until you feel a stretch; 2 × 30 seconds each leg.',
      'Kneeling hip-flexor stretch: one knee down, tuck the pelvis under and shift forward; 2 × 30 seconds each side.',
      'Figure-four glute stretch lying on your back: 2 × 30 seconds each side.',
      'Cat–camel on hands and knees: 10 slow repetitions.',
    ],
    dose: 'Most days, 5–10 minutes, after runs or in the evening.',
    cautions: [
      'Stretch to a mild pull, not pain.',
      'Stretching alone has little evidence for back pain; pair it with strength work.',
    ],
    evidence:
      'Mixed: mobility exercises are part of exercise programmes that help back pain, but stretching on its own has weak evidence.',
  },
  'form-cues': {
    title: 'Relaxed running form',
    firstStep: 'Every 10 minutes, drop your shoulders, look ahead and loosen your hands.',
    summary: 'A few simple cues can ease tension through the shoulders and back without chasing a "perfect" posture.',
    steps: [
      'Look 10–20 metres ahead rather than at your feet or watch.',
      'Let the shoulders drop away from your ears; shake out the arms now and then.',
      'Keep hands loose, as if holding something fragile, swinging forward and back rather than across the chest.',
      'Run tall but not stiff: lean slightly forward from the ankles rather than bending at the waist or arching back.',
      'Check in with these cues at set points, such as every kilometre or each song change.',
    ],
    dose: 'During every run; a 1-minute check-in every 10 minutes or so.',
    cautions: [
      'Do not force a rigid position; relaxed and varied beats "correct".',
      'Change one thing at a time.',
    ],
    evidence:
      'Little evidence: no posture has been shown to prevent back pain; relaxing tense areas is harmless and many runners find it helps.',
  },
  'cadence-stride': {
    title: 'Shorter, quicker steps',
    firstStep: 'Try taking slightly quicker, shorter steps (about 5% more per minute).',
    summary: 'A small increase in step rate lands the foot closer under the body and softens each landing.',
    steps: [
      'Find your usual step rate (many watches show cadence) on an easy run.',
      'Raise it by about 5%, using a metronome app or music with a matching beat.',
      'Aim to land with the foot under the body rather than far in front.',
      'Practise for a few minutes at a time within easy runs before making it your normal.',
    ],
    dose: 'In 2–3 easy runs a week, 5–10 minutes at a time, for 4–6 weeks.',
    cautions: [
      'Keep changes small; big form changes can shift strain elsewhere (calves, feet).',
      'There is no single ideal cadence such as 180.',
    ],
    evidence:
      'Little evidence for back pain: in a lab study, a 5% higher step rate eased loading at the knee and a 10% rise also at the hip; effects on back pain have not been tested.',
  },
  'terrain-progression': {
    title: 'Add hills and trails gradually',
    firstStep: 'Keep hilly or trail runs short and easy until your back is used to them.',
    summary: 'Introducing hills, trails and rough ground step by step gives the trunk time to adapt.',
    steps: [
      'Start with one short hilly or trail run a week, mixed with flat, even routes.',
      'Uphill: shorten your stride, lean gently from the ankles and keep the chest open.',
      'Downhill: take quick, light steps and avoid leaning back or braking hard.',
      'On cambered roads, switch sides or routes so you do not always tilt the same way.',
      'Add hill repeats or longer trail runs only once these feel easy.',
    ],
    dose: 'Add about one extra hilly or trail session every 1–2 weeks.',
    cautions: [
      'Technical trails raise the risk of falls; walk the tricky sections.',
      'Back off hills for a while during a flare-up.',
    ],
    evidence:
      'Little evidence for back pain; gradual change in training is a general principle of injury prevention.',
  },
  'footwear-review': {
    title: 'Check and rotate your shoes',
    firstStep: 'Check your shoes\' mileage; choose pairs that feel comfortable.',
    summary: 'Comfortable shoes, replaced when worn and changed gradually, remove one possible source of trouble.',
    steps: [
      'Track mileage per pair; consider replacing when the cushioning feels flat, often around 500–800 km (a rule of thumb from runners\' experience, not a tested limit).',
      'Choose shoes mostly by comfort when you try them on and run in them.',
      'Rotate two pairs if you can, for variety in how your body is loaded.',
      'Make big changes (for example to zero-drop or minimal shoes) slowly, starting with short runs.',
    ],
    dose: 'Review every few months and whenever a new ache appears.',
    cautions: [
      'A new shoe is rarely a cure on its own.',
      'Changing several things at once (shoes, plan, surface) makes it hard to know what helped.',
    ],
    evidence:
      'Little evidence: choosing by comfort is a proposal rather than a tested rule, and one cohort study linked rotating shoes with fewer injuries; no shoe or insole has been shown to prevent back pain.',
  },
  'treadmill-setup': {
    title: 'Treadmill set-up',
    firstStep: 'Set a 1% incline, look ahead and let go of the rails.',
    summary: 'A few adjustments make treadmill running feel closer to outdoor running and easier on the back.',
    steps: [
      'Set the incline to about 1% to mimic outdoor effort.',
      'Choose a belt speed you can hold without reaching or straining; start easy and build up.',
      'Run in the middle of the belt, not right up against the console.',
      'Keep your eyes ahead, not down at the screen; place the screen or a mark at eye level if you can.',
      'Let your arms swing naturally: avoid holding the rails.',
    ],
    dose: 'Every treadmill session; mix in outdoor runs when possible.',
    cautions: [
      'Use the safety clip and step on from the side rails only while the belt is slow.',
      'Vary speed or incline in longer sessions rather than holding one setting for an hour.',
    ],
    evidence:
      'Little evidence for back pain: the 1% incline matches the energy cost of outdoor running; the rest is comfort advice.',
  },
  'pack-fitting': {
    title: 'Fit and lighten your pack or vest',
    firstStep: 'Tighten straps so your pack or vest does not bounce, and carry less.',
    summary: 'A snug, light and balanced load asks much less of the upper back.',
    steps: [
      'Carry only what you need; leave spare items at work or home when commuting.',
      'Choose a running-specific vest or pack with chest and waist straps.',
      'Adjust straps so the load sits high and close to the back and does not bounce.',
      'Spread weight evenly: split bottles front and back or left and right.',
      'Switch hands if you carry a bottle or phone, or use a belt instead.',
    ],
    dose: 'Each time you pack; recheck the fit when the load changes.',
    cautions: [
      'Build up pack weight and distance gradually, like any training change.',
      'Rubbing or numbness under straps means the fit needs changing.',
    ],
    evidence:
      'Little evidence in runners: based on studies of load carriage in other groups and common sense.',
  },
  'cold-weather-prep': {
    title: 'Dress and warm up for the cold',
    firstStep: 'Warm up indoors and wear a layer over your neck and shoulders.',
    summary: 'Warm layers and a longer warm-up can make cold runs feel less stiff.',
    steps: [
      'Do your dynamic warm-up indoors before heading out.',
      'Wear layers you can open or remove, plus a neck tube and gloves.',
      'Start slower than usual for the first 10 minutes.',
      'Change out of damp clothes soon after finishing.',
    ],
    dose: 'Every run below about 5 °C (40 °F), a rule of thumb for when most runners feel the cold.',
    cautions: [
      'Icy ground raises the risk of falls; choose safe routes or run indoors.',
      'This is for comfort: the cold itself is not a proven cause of back pain.',
    ],
    evidence:
      'Little evidence for back pain: weather studies found no link, but feeling warm and loose is a fair reason to try this.',
  },
  'hydration-electrolytes': {
    title: 'Drink to thirst, replace salt on long runs',
    firstStep: 'Drink to thirst, and add salt or a sports drink on runs over about 90 minutes (a rule of thumb).',
    summary: 'Sensible fluid and salt habits keep long, hot runs comfortable; they are not a back-pain cure.',
    steps: [
      'Start runs well hydrated: pale yellow urine is a simple guide.',
      'On runs longer than about an hour, especially in heat, carry fluid and drink to thirst.',
      'For runs over about 90 minutes (a rule of thumb) or heavy sweating, add electrolytes (sports drink, tablets or salty snacks).',
      'Drink and eat something salty after long or hot runs.',
    ],
    dose: 'Each long or hot run, adjusted to thirst and conditions.',
    cautions: [
      'Drinking far more than thirst, especially plain water, can dangerously lower blood sodium.',
      'Check with a doctor before using salt tablets if you have high blood pressure or heart or kidney disease.',
    ],
    evidence:
      'Little evidence for back pain; hydration advice is about comfort and safety, and the cause of cramps is still debated.',
  },
  'nutrition-basics': {
    title: 'Nutrition basics, not megadoses',
    firstStep: 'Eat a varied diet and follow your country\'s vitamin D advice.',
    summary:
      'A varied diet covers magnesium and most minerals; vitamin D is worth taking where health services advise it, for bone health.',
    steps: [
      'Include magnesium-rich foods: nuts, seeds, whole grains, beans and leafy greens.',
      'Eat enough overall to match your training, especially during big blocks.',
      'In the UK, the NHS suggests considering 10 micrograms of vitamin D a day in autumn and winter; check your own country\'s advice.',
      'If you think you may be deficient (for example, bone pain, marked tiredness, little sun), ask a GP about a blood test rather than guessing.',
    ],
    dose: 'Every day; supplements only at recommended doses.',
    cautions: [
      'High doses of vitamin D or magnesium can cause harm (for example, diarrhoea with magnesium, high calcium with vitamin D).',
      'Supplements are unlikely to fix back pain on their own.',
    ],
    evidence:
      'Little evidence for back pain: trials of vitamin D for pain and magnesium for cramps found no clear benefit.',
  },
  'stress-management': {
    title: 'Ease stress',
    firstStep: 'Pick one daily habit that lowers stress, such as a 10-minute walk without your phone.',
    summary: 'Looking after sleep, workload and worry can make back pain easier to live with and quicker to settle.',
    steps: [
      'Protect sleep: aim for a regular bedtime and 7–9 hours.',
      'Keep some runs purely for enjoyment, with no watch targets.',
      'Try a short daily relaxation routine: breathing drills, mindfulness or gentle yoga.',
      'Talk to someone you trust about what is weighing on you.',
      'If stress, low mood or worry feel hard to manage, speak to a GP; talking therapies can help with both pain and mood.',
    ],
    dose: 'Daily, 10–20 minutes of something restful.',
    cautions: [
      'Stress management supports recovery; it does not replace checking warning signs.',
      'If you ever feel unable to cope or unsafe, seek help the same day.',
    ],
    evidence:
      'Mixed: psychological approaches combined with exercise help persistent back pain (NICE); their role in short-lived runner\'s back ache is less tested.',
  },
  'breathing-drills': {
    title: 'Belly breathing drills',
    firstStep: 'Lie down and breathe slowly into your belly for 5 minutes.',
    summary: 'Slow, low breathing calms the stress response and may ease tension around the ribs and shoulders.',
    steps: [
      'Lie on your back with knees bent, one hand on the chest and one on the belly.',
      'Breathe in through the nose for about 4 seconds, letting the belly hand rise while the chest hand stays still.',
      'Breathe out slowly for about 6 seconds through the mouth.',
      'Once it feels easy, try it sitting, then during easy runs, matching breaths to steps (for example 3 steps in, 3 out).',
    ],
    dose: 'Daily, 5 minutes, for at least 2–3 weeks.',
    cautions: [
      'Stop if you feel light-headed; breathe normally for a while.',
      'Breathlessness at rest is not a breathing-technique problem: get medical help.',
    ],
    evidence:
      'Little evidence for back pain; NHS services suggest breathing exercises for stress, and they are safe to try.',
  },
  'sitting-breaks': {
    title: 'Break up long sitting',
    firstStep: 'Stand up and move for a minute or two every 30–45 minutes.',
    summary: 'Changing position often, and moving a little before running, eases stiffness from long sitting.',
    steps: [
      'Set a reminder to stand, walk or stretch every 30–45 minutes at a desk.',
      'On long drives or flights, walk around at breaks or in the aisle.',
      'Vary your sitting position; there is no single correct way to sit.',
      'Before a run after a long day sitting, walk for 5 minutes and do a short dynamic warm-up.',
    ],
    dose: 'Every working day; a 1–2 minute break every half hour or so.',
    cautions: [
      'An expensive chair or standing desk is not required; movement matters more.',
      'Standing still for hours is not better than sitting: alternate.',
    ],
    evidence:
      'Little evidence: reviews disagree on whether sitting causes back pain and breaks have not been tested for it, but regular position changes are low-cost and many people find them helpful.',
  },
  heat: {
    title: 'Heat',
    firstStep: 'Use a warm (not hot) heat pack on the sore area for about 15–20 minutes (a rule of thumb).',
    summary: 'Warmth can ease muscle tightness and short-term pain, which makes it easier to keep moving.',
    steps: [
      'Use a heat pack, hot-water bottle wrapped in a towel, or a warm bath or shower.',
      'Apply to the sore area for about 15–20 minutes (a rule of thumb).',
      'Follow with gentle movement or a walk while the area feels looser.',
    ],
    dose: 'Up to 3–4 times a day while it is sore, for the first week or two (a rule of thumb, not a tested dose).',
    cautions: [
      'Always wrap heat sources; check the skin often and never fall asleep on one.',
      'Avoid heat on broken skin or where feeling is reduced; people with diabetes or poor circulation should take extra care.',
    ],
    evidence:
      'Mixed: a Cochrane review found moderate evidence that heat wraps give a small, short-term easing of recent back pain.',
  },
  massage: {
    title: 'Massage and self-massage',
    firstStep: 'Roll the upper back on a foam roller or lean on a ball against a wall for 1–2 minutes.',
    summary: 'Massage may give short-term relief and helps some runners relax; it works best alongside exercise.',
    steps: [
      'Foam roller: lie with the roller across the upper or mid back, hands supporting your head, and roll slowly up and down.',
      'Ball: place a tennis or massage ball between the wall and the sore muscle beside the spine; lean in gently and hold or roll.',
      'Spend 30–60 seconds on each tender spot, keeping pressure comfortable.',
      'A professional massage now and then is an option if it helps you, combined with an exercise plan.',
    ],
    dose: '2–5 minutes a day, or after runs as needed.',
    cautions: [
      'Roll the muscles beside the spine, not directly on the bones of the spine, and avoid rolling the lower back hard.',
      'Stop if pain is sharp or you feel tingling or numbness.',
    ],
    evidence:
      'Mixed: a Cochrane review found massage gives only short-term relief at best; NICE suggests it only as part of a plan that includes exercise.',
  },
};
