import type { KnowledgeBundle } from '../../core/knowledge';
import { byUrgency } from '../../core/knowledge';
import type { Mention } from '../../core/types';
import { compareTiers } from '../../core/redFlagTiers';
import type { RedFlagTier, Region } from '../../core/vocabulary';
import { remediesFor } from '../page/remedies-for';
import { flagAdvice } from '../shared/red-flag-advice';
import type { PostReport } from '../../page/report';
import type { PostWhose } from '../../ui-text/post-whose';
import { postWhose } from '../shared/post-whose';

export interface CardRedFlags {
  /** The most urgent of the post's red flags' tiers. */
  tier: RedFlagTier;
  tierLabel: string;
  /** The tier's routing line: where to go and how fast, said once. */
  routing: string;
  /** Titles of the post's red flags, most urgent first. */
  titles: string[];
  /** Whose post it is, as the site names its author. */
  whose: PostWhose;
  /** The post's words that name them, whole, most urgent first. */
  quotes: string[];
  /** The most urgent flag's own advice at that tier. */
  advice: string;
}

export interface CardCause {
  title: string;
  short: string;
  /** The words of the post that hint at it. */
  quotes: string[];
  /** The activity page's own facts behind it, e.g. "Temperature 1 °C". */
  facts: string[];
  gradeLabel: string;
}

export interface CardRemedy {
  title: string;
  firstStep: string;
}

/** Everything one card shows, already in words: the component only lays it out. */
export interface CardModel {
  region: Region;
  regionLabel: string;
  regionShort: string;
  mentionText: string;
  redFlags: CardRedFlags | null;
  causes: CardCause[];
  remedies: CardRemedy[];
}

const MAX_CAUSES = 3;
/** The card shows the top remedy; the popup's full explanation has the rest. */
const CARD_REMEDIES = 1;
const MAX_QUOTES = 2;

export function cardModel(post: PostReport, mention: Mention, kb: KnowledgeBundle): CardModel {
  const region = kb.regions[mention.region];
  const causes = post.causes.slice(0, MAX_CAUSES);
  return {
    region: mention.region,
    regionLabel: region.label,
    regionShort: region.short,
    mentionText: mention.text,
    redFlags: redFlagsOf(post, kb),
    causes: causes.map((c) => {
      const cause = kb.causes[c.id];
      return {
        title: cause.title,
        short: cause.short,
        quotes: uniqueQuotes(c.evidence.map((e) => e.text)).slice(0, MAX_QUOTES),
        facts: (c.facts ?? []).map((f) => `${f.label} ${f.value}`),
        gradeLabel: kb.grades[cause.grade].label,
      };
    }),
    remedies: remediesFor(kb, causes.map((c) => c.id)).slice(0, CARD_REMEDIES).map((id) => ({
      title: kb.remedies[id].title,
      firstStep: kb.remedies[id].firstStep,
    })),
  };
}

function redFlagsOf(post: PostReport, kb: KnowledgeBundle): CardRedFlags | null {
  const flags = byUrgency(post.redFlags);
  const top = flags[0];
  if (!top) return null;
  const tier = kb.tiers[top.tier];
  return {
    tier: tier.id,
    tierLabel: tier.label,
    routing: tier.action,
    titles: flags.map((f) => kb.redFlags[f.id].title),
    // A card is about one post: "this post" where the site names no author.
    whose: postWhose(post.label, 0, 1),
    quotes: uniqueQuotes([...post.redFlags].sort((a, b) => compareTiers(a.tier, b.tier)).map((f) => f.text.trim())),
    advice: flagAdvice(kb.redFlags[top.id], top.tier),
  };
}

function uniqueQuotes(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
