import type { FaqId } from '../ids';
import type { FaqText } from '../types';
import { TIERS } from './tiers';

export const FAQ: Record<FaqId, FaqText> = {
  'keep-running': {
    question: 'Can I keep running with back pain?',
    answer: [
      'Often, yes, as long as none of the warning signs under "When should I see a doctor?" is present. Guidelines such as NICE NG59 advise people with back pain to keep up their normal activities, and studies find that staying active beats resting in bed.',
      'Stop the run and walk home if the pain sharpens as you go, makes you change your stride, spreads into a leg, or brings numbness, tingling or weakness. A rule of thumb many physiotherapists use: discomfort up to about 3 out of 10 that has settled by the next morning is acceptable; anything more, or a back that is worse the next day, means the next session should be easier.',
      'Cross-training keeps your fitness while the back settles: walking, cycling, swimming, pool running or an elliptical trainer, whichever leaves the pain alone. Then come back with short, easy runs on flat ground and build up gradually.',
    ],
  },
  'when-to-see-doctor': {
    question: 'When should I see a doctor about back pain?',
    answer: [
      `${TIERS.emergency.label}. ${TIERS.emergency.action} This applies when back pain comes with: chest pain or pressure; pain spreading to an arm, the jaw, neck or shoulder, during exercise or at rest; upper-back or shoulder-blade pain with sweating, feeling sick, faintness or unusual breathlessness; sudden tearing pain through the chest or back; breathlessness at rest; pain, numbness, tingling or weakness in both legs, or weakness getting worse by the hour; numbness around the genitals, bottom or inner thighs, a change in feeling when wiping or passing urine, not feeling when the bladder is full, trouble peeing or leaking, or a new change in sexual function; a serious fall, crash or accident; cola-coloured urine with severe muscle pain after a hard effort; or cancer, current or past, together with new weakness, numbness or a change in bladder or bowel control.`,
      `${TIERS['same-day'].label}. ${TIERS['same-day'].action} This applies to back pain with: a high temperature or feeling very unwell; night pain that no position eases; weight loss you cannot explain; cancer, current or past; a lump, swelling or change in the back’s shape; osteoporosis or long-term steroid tablets, or a minor fall when you are over 50; severe pain or pain getting quickly worse; new weakness in one leg or foot, or one that grows over days, such as a foot that drags or slaps down; numbness or tingling that will not go away. The NHS also lists pain that comes from between the shoulder blades rather than the lower back.`,
      `${TIERS.soon.label}. ${TIERS.soon.action} This applies to: tingling down one leg that stays the same; months of stiffness on waking that eases with exercise, or waking in the second half of the night, especially if it began before 45; deep low-back, sacral or buttock pain in a runner who under-fuels or has missed periods; a teenager’s low-back pain on arching backwards.`,
      'Without any of these, see a GP or physiotherapist if the pain has not improved after a few weeks of looking after it, stops you doing everyday things, or worries you.',
    ],
  },
  painkillers: {
    question: 'Which painkillers help, and can I take them before a run?',
    answer: [
      'If a painkiller is needed, NICE NG59 suggests considering an anti-inflammatory (an NSAID such as ibuprofen), at the smallest dose that helps and for as short a time as possible, once a pharmacist or doctor has checked it is safe for you: the stomach, kidneys, heart and age all matter. It advises against paracetamol on its own for back pain and against opioids for long-standing back pain; a weak opioid is kept for a short spell of new pain when an NSAID is unsuitable.',
      'Do not take anti-inflammatories before or during long runs and races. In a randomised trial in desert ultramarathons, more runners given ibuprofen developed acute kidney injury than runners given a placebo, and these drugs are a recognised risk factor for dangerously low blood sodium during long events. A painkiller also hides the signal that a run is too much.',
    ],
  },
  'running-and-backs': {
    question: 'Is running bad for the back?',
    answer: [
      'Mostly the opposite. A systematic review of studies in runners found low back pain less common among runners than in the general population or in many other sports, and its authors suggest running may help protect against it.',
      'The same review lists factors reported alongside back pain in runners, such as many years of running, higher body weight, stiff hips and hamstrings and no other aerobic exercise. These are associations, not proven causes, so a sore back is seldom a reason to give up running for good: easing off for a while and building back gradually usually serves better.',
    ],
  },
  treadmill: {
    question: 'Is the treadmill to blame for my back pain?',
    answer: [
      'It can play a part, though treadmill running has not been shown to cause back pain in studies. Runners who get sore on the belt often look down at the console, hold the rails, run close to the front, or keep the same speed and gradient for a long time.',
      'Try setting a 1% incline, running in the middle of the belt with your eyes ahead and arms swinging freely, and varying speed or incline in longer sessions. Mixing in outdoor runs helps too.',
    ],
  },
  prevention: {
    question: 'How can runners lower the chance of back pain?',
    answer: [
      'The best-supported step is regular exercise: a review in JAMA Internal Medicine found that exercise, alone or with education, lowers the risk of a new episode of back pain. For runners that means a mix of running and strength work for the trunk, hips and upper back, done twice a week.',
      'Build training gradually and avoid sudden jumps in distance, speed or hills. Wear shoes that feel comfortable and change them when worn. Relax your shoulders when you run and break up long spells of sitting. Warm-ups, hydration and good sleep are sensible extras, though each has less direct evidence.',
    ],
  },
  exercises: {
    question: 'Which exercises help the back?',
    answer: [
      'No single exercise stands out: reviews find that most types of exercise help back pain about equally, so choose ones you will keep doing.',
      'For the upper and mid back, rows, lat pulldowns, back extensions and band pull-aparts strengthen the muscles around the shoulder blades and spine. For the trunk, try bird-dogs, dead bugs, planks, side planks and glute bridges. Gentle hamstring and hip mobility can make running feel freer. Twice a week for 15–20 minutes is a good start.',
    ],
  },
  stress: {
    question: 'Is stress linked to back pain?',
    answer: [
      'Yes. Stress, worry and low mood are consistently linked with back pain hurting more and lasting longer. They can keep muscles tense, disturb sleep and make pain feel more threatening. This does not mean the pain is imagined.',
      'Things that help include regular easy runs without targets, a few minutes of slow belly breathing each day, protecting sleep, and talking to someone. If stress or mood feel hard to manage, a GP can help, including with talking therapies.',
    ],
  },
  'heat-or-ice': {
    question: 'Should I use heat or ice?',
    answer: [
      'Heat has the better evidence: a Cochrane review found that heat wraps give a small, short-term easing of recent back pain. There is too little research on ice to say whether it helps.',
      'Use whichever feels better for about 15–20 minutes at a time (a rule of thumb), wrapped in a cloth, and follow it with gentle movement. Neither treats the cause; they make it easier to keep moving.',
    ],
  },
  'how-long': {
    question: 'How long does back pain usually take to settle?',
    answer: [
      'Most new back pain starts to ease within about two weeks and has settled within about six, according to NHS musculoskeletal services. Many runners feel better within days of easing their training. It can come back now and then, which is common and usually not a sign of damage.',
      'If it has not improved after a few weeks, keeps returning, or stops you doing everyday things, see a GP or physiotherapist for a plan. A warning sign at any point changes that: see "When should I see a doctor?".',
    ],
  },
  scan: {
    question: 'Do I need a scan or X-ray?',
    answer: [
      'Usually not. NICE advises against routine imaging for back pain without warning signs, because scans rarely change the treatment and often show normal age-related changes that sound worrying but are also common in people with no pain.',
      'A doctor may arrange a scan if there are warning signs or if the results would change what they recommend.',
    ],
  },
};
