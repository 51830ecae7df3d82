// Detector benchmark: throughput of analyze() on generated forum text, against
// a naive single-regex keyword scan of the same text, and pathological inputs.
import { analyze, lexicons } from '../core/analyze';
import { bestTime, round, type BenchRow } from './bench-row';
import { forumPosts } from './forumText';

const MB = 1024 * 1024;
const NAIVE = /back|spine|lumbar|thoracic|shoulder blade|rhomboid|traps|lats|tailbone|coccyx|sacroiliac|\bql\b|backache/gi;

export async function detectorBench(): Promise<BenchRow[]> {
  lexicons();
  const posts = forumPosts(10 * MB);
  const chars = posts.reduce((sum, post) => sum + post.length, 0);
  const megabytes = chars / MB;

  let mentions = 0;
  const analyzeMs = bestTime(3, () => {
    mentions = 0;
    for (const post of posts) mentions += analyze(post).mentions.length;
  });
  let hits = 0;
  const naiveMs = bestTime(3, () => {
    hits = 0;
    for (const post of posts) for (const _ of post.matchAll(NAIVE)) hits++;
  });

  const oneText = posts.join('\n\n');
  const oneTextMs = bestTime(2, () => analyze(oneText));
  const backs = 'back '.repeat(MB / 5);
  const backsMs = bestTime(3, () => analyze(backs));
  // One endless sentence of mentions, conditions and lists closed by failures: the scope walks stay bounded.
  const lists = 'back pain, if numbness, new shoes, no luck, '.repeat(MB / 44);
  const listsMs = bestTime(3, () => analyze(lists));
  const paragraph = posts.join(' ').replace(/[.!?\n]/g, ' ').slice(0, 5 * MB);
  const paragraphMs = bestTime(2, () => analyze(paragraph));

  return [
    { name: 'analyze() per post', value: round(megabytes / (analyzeMs / 1000)), unit: 'MB/s', note: `${posts.length} posts, ${round(megabytes)} MB, ${mentions} mentions` },
    { name: 'naive single-regex scan', value: round(megabytes / (naiveMs / 1000)), unit: 'MB/s', note: `${hits} keyword hits` },
    { name: 'analyze / naive time ratio', value: round(analyzeMs / naiveMs, 2), unit: '×', note: 'target ≤ 5' },
    { name: 'analyze() one 10 MB text', value: round(megabytes / (oneTextMs / 1000)), unit: 'MB/s' },
    { name: '1 MB of "back back back …"', value: round(backsMs), unit: 'ms' },
    { name: '1 MB of one list-and-condition sentence', value: round(listsMs), unit: 'ms' },
    { name: '5 MB paragraph, no sentence breaks', value: round(paragraphMs), unit: 'ms', note: `${round(5 / (paragraphMs / 1000))} MB/s` },
  ];
}
