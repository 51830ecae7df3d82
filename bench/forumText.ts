// Deterministic forum-like text for benchmarks: posts mixing everyday running
// chatter, "back" traps, real mentions, negations, cues and red flags.

const CHATTER = [
  'Did an easy 10k this morning with the club, legs felt fresh.',
  'Anyone running the Manchester marathon this spring?',
  'Splits were all over the place but I finished strong.',
  'Fuelling plan is a gel every 40 minutes and water at every station.',
  'My coach wants me to add strides twice a week.',
  'Weather was perfect, 12C and overcast, no wind at all.',
  'Parkrun PB today by 20 seconds, buzzing 😄',
  'Thinking about switching to a heart-rate based plan for the base phase.',
  'Sore legs after the long run but nothing unusual.',
  'What do people eat the night before a race?',
];
const TRAPS = [
  'Back to running after two weeks off with the flu.',
  'Did back-to-back long runs this weekend, 18 then 12.',
  'Out and back route along the canal, windy on the way back.',
  'Sharp pain in the back of my knee on the downhills.',
  'Keep your back straight and your shoulders relaxed, says the coach.',
  'Kept my phone in my backpack and came back soaked.',
  'Bounced back quickly from the half, looking back it was a good block.',
  'Wearing new tights, the race schedule is really tight this year.',
  'Got back home and had a massive breakfast.',
];
const MENTIONS = [
  'My mid back aches after every long run.',
  'Getting a sharp pain between my shoulder blades on hill repeats.',
  'Lower back was killing me after 20 miles on the treadmill.',
  'Upper back and traps are really tight when I run with a hydration vest.',
  'No back pain at all since I started doing core work.',
  'My back didn’t hurt once on the trails today.',
  'Anyone else get lower back pain from sitting at a desk all day?',
  'Back pain is finally gone after I fixed my posture.',
  'SI joint is sore again, probably the cambered roads.',
  'Thoracic spine feels stiff in the cold, -5C this morning.',
];
const FLAGS = [
  'The back pain wakes me up at night and it is getting worse fast.',
  'There is some numbness and tingling in my legs too.',
  'No numbness or tingling, thankfully.',
  'Had a fall on the ice last week.',
];

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Posts totalling at least `minChars` characters. */
export function forumPosts(minChars: number, seed = 42): string[] {
  const random = prng(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const posts: string[] = [];
  let total = 0;
  while (total < minChars) {
    const sentences: string[] = [];
    const length = 2 + Math.floor(random() * 7);
    for (let i = 0; i < length; i++) {
      const roll = random();
      sentences.push(pick(roll < 0.5 ? CHATTER : roll < 0.75 ? TRAPS : roll < 0.95 ? MENTIONS : FLAGS));
      if (random() < 0.15) sentences.push('\n\n');
    }
    const post = sentences.join(' ');
    posts.push(post);
    total += post.length;
  }
  return posts;
}
