import { byUrgency, compareTiers, moreUrgent } from '../../core/redFlagTiers';
import type { CauseId, RedFlagId, RedFlagTier, Region } from '../../core/vocabulary';
import type { PageReport, PostReport } from '../../page/report';

export interface DigestMention {
  /** Index into the post's `mentions`, for asking the page to reveal it. */
  index: number;
  text: string;
  region: Region;
}

export interface DigestPost {
  key: number;
  label?: string;
  mentions: DigestMention[];
}

export interface DigestCause {
  id: CauseId;
  /** Its score in the first post with a mention (the poster's, on a thread), 0 if it has none there. */
  poster: number;
  /** Sum over the page's posts: a factor many posts hint at ranks higher. */
  total: number;
  best: number;
  /** Distinct quotes, in page order. */
  evidence: string[];
  /** The activity page's own facts behind it ("Temperature 1 °C"). */
  facts: string[];
}

export interface DigestRedFlag {
  id: RedFlagId;
  /** The most urgent tier the post gave it. */
  tier: RedFlagTier;
  /** The post's words that name it, whole. */
  quotes: string[];
}

/** A post that names warning signs: whose it is, its signs most urgent first, and how to show it. */
export interface DigestRedFlagPost {
  key: number;
  label?: string;
  /** Where it stands among the page's posts (0: the first), for wording when it has no label. */
  position: number;
  /** Its most urgent sign's tier. */
  tier: RedFlagTier;
  flags: DigestRedFlag[];
  /** One of its marked mentions, for asking the page to reveal the post; none when it has no mark left. */
  mentionIndex?: number;
}

/** What the popup shows for a page: active mentions by post, causes and red flags across posts. */
export interface PageDigest {
  activeCount: number;
  /** The region more than half of the active mentions name, if any (plain "back" doesn't count against). */
  mainRegion: Region | null;
  posts: DigestPost[];
  causes: DigestCause[];
  /** The posts that name warning signs, most urgent first, then in page order. */
  redFlags: DigestRedFlagPost[];
  /** How many posts name a warning sign. */
  redFlagPosts: number;
}

export function digestReport(report: PageReport): PageDigest {
  const posts: DigestPost[] = [];
  const causes = new Map<CauseId, DigestCause>();
  const redFlags: DigestRedFlagPost[] = [];
  for (const [position, post] of report.posts.entries()) {
    const mentions = post.mentions.flatMap((m, index) =>
      m.status === 'active' && !post.hidden?.includes(index) ? [{ index, text: m.text, region: m.region }] : [],
    );
    const flags = postRedFlags(post);
    if (flags[0]) {
      redFlags.push({ key: post.key, label: post.label, position, tier: flags[0].tier, flags, mentionIndex: mentions[0]?.index });
    }
    if (mentions.length === 0) continue;
    posts.push({ key: post.key, label: post.label, mentions });
    for (const cause of post.causes) {
      const entry = causes.get(cause.id) ?? { id: cause.id, poster: 0, total: 0, best: 0, evidence: [], facts: [] };
      if (posts.length === 1) entry.poster = cause.score;
      entry.total += cause.score;
      entry.best = Math.max(entry.best, cause.score);
      for (const span of cause.evidence) pushDistinct(entry.evidence, span.text);
      for (const fact of cause.facts ?? []) pushDistinct(entry.facts, `${fact.label} ${fact.value}`);
      causes.set(cause.id, entry);
    }
  }
  const active = posts.flatMap((p) => p.mentions);
  return {
    activeCount: active.length,
    mainRegion: mainRegion(active.map((m) => m.region)),
    posts,
    // The poster's own causes first: a commenter's desk must not outrank the poster's new shoes.
    causes: [...causes.values()].sort((a, b) => b.poster - a.poster || b.total - a.total || b.best - a.best),
    redFlags: redFlags.sort((a, b) => compareTiers(a.tier, b.tier)),
    redFlagPosts: redFlags.length,
  };
}

/** A post's warning signs, each once with all its quotes, most urgent first. */
function postRedFlags(post: PostReport): DigestRedFlag[] {
  const flags = new Map<RedFlagId, DigestRedFlag>();
  for (const hit of post.redFlags) {
    const flag = flags.get(hit.id) ?? { id: hit.id, tier: hit.tier, quotes: [] };
    flag.tier = moreUrgent(flag.tier, hit.tier);
    pushDistinct(flag.quotes, hit.text);
    flags.set(hit.id, flag);
  }
  return byUrgency([...flags.values()]);
}

function pushDistinct(list: string[], text: string): void {
  const trimmed = text.trim();
  if (!list.some((t) => t.toLowerCase() === trimmed.toLowerCase())) list.push(trimmed);
}

function mainRegion(regions: readonly Region[]): Region | null {
  const specific = regions.filter((r) => r !== 'unspecified');
  const counts = new Map<Region, number>();
  for (const r of specific) counts.set(r, (counts.get(r) ?? 0) + 1);
  for (const [region, n] of counts) if (n * 2 > specific.length) return region;
  return null;
}
