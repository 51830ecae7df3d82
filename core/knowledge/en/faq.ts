import type { FaqId } from '../ids';
import type { FaqText } from '../types';

export const FAQ: Record<FaqId, FaqText> = {
  'keep-running': {
    question: 'Can I keep running with back pain?',
    answer: [
      'Usually, yes, if there are no warning signs. Guidelines such as NICE NG59 advise people with back pain to keep up normal activities, and studies find staying active works better than resting in bed.',
      'Run shorter and easier for a week or two, on flat ground, and skip speed work and hills. Mild discomfort (around 3 out of 10) that settles by the next morning is generally fine. If pain climbs during the run, makes you change how you move, or is worse the next day, swap running for walking, cycling or swimming for a few days and then try again.',
    ],
  },
  'when-to-see-doctor': {
    question: 'When should I see a doctor about back pain?',
    answer: [
      'Call 999 (UK), 911 (US/Canada) or 112 (EU), or go to the emergency department, if back pain comes with chest pain, trouble breathing at rest, numbness or weakness in both legs or that came on suddenly, numbness around the genitals or bottom, or new problems peeing or controlling your bladder or bowels.',
      'See a GP or doctor within a day or two (NHS 111 in the UK) if you also have a fever or feel very unwell, the pain followed a fall or crash, you have had cancer, you are losing weight without trying, the pain is severe or getting worse quickly, or it is worse at night and does not ease with rest. The NHS also suggests an urgent appointment when pain comes from between the shoulders rather than the lower back.',
      'Otherwise, book a routine GP or physiotherapy appointment if the pain has not improved after a few weeks of looking after it, stops you doing daily activities, or you are worried about it.',
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
      'Use whichever feels better for 15–20 minutes at a time, wrapped in a cloth, and follow it with gentle movement. Neither treats the cause; they make it easier to keep moving.',
    ],
  },
  'how-long': {
    question: 'How long does back pain usually take to settle?',
    answer: [
      'Most new back pain improves a lot within a few weeks, and many runners feel better within days of easing their training. It can come back now and then, which is common and usually not a sign of damage.',
      'If it has not improved after a few weeks, keeps returning, or stops you doing daily activities, see a GP or physiotherapist for a plan.',
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
