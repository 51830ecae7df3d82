import { DEFAULT_TIERS } from '../redFlagTiers';
import {
  CAUSE_IDS,
  RED_FLAG_IDS,
  RED_FLAG_TIERS,
  REGIONS,
  type CauseId,
  type RedFlagId,
  type RedFlagTier,
  type Region,
} from '../vocabulary';
import { CAUSE_FACTS } from './facts/causes';
import { FAQ_FACTS } from './facts/faq';
import { RED_FLAG_FACTS } from './facts/red-flags';
import { GENERAL_REMEDIES, REMEDY_FACTS } from './facts/remedies';
import {
  EVIDENCE_GRADES,
  FAQ_IDS,
  LAST_REVIEWED,
  REMEDY_IDS,
  type EvidenceGrade,
  type Locale,
  type RemedyId,
} from './ids';
import { SOURCES } from './sources';
import type { Cause, Grade, KnowledgeBundle, LocaleText, RedFlag, RegionInfo, Remedy, Tier } from './types';

function byId<K extends string, V>(ids: readonly K[], make: (id: K) => V): Record<K, V> {
  return Object.fromEntries(ids.map((id) => [id, make(id)])) as Record<K, V>;
}

/** Joins the language-independent facts with one locale's text. */
export function buildBundle(locale: Locale, text: LocaleText): KnowledgeBundle {
  const causes = byId<CauseId, Cause>(CAUSE_IDS, (id) => ({ id, ...CAUSE_FACTS[id], ...text.causes[id] }));
  const remedies = byId<RemedyId, Remedy>(REMEDY_IDS, (id) => ({
    id,
    ...REMEDY_FACTS[id],
    ...text.remedies[id],
    helpsWith: CAUSE_IDS.filter((cause) => CAUSE_FACTS[cause].remedies.includes(id)),
  }));
  return {
    locale,
    lastReviewed: LAST_REVIEWED,
    causes,
    remedies,
    redFlags: byId<RedFlagId, RedFlag>(RED_FLAG_IDS, (id) => ({
      id,
      tier: DEFAULT_TIERS[id],
      ...RED_FLAG_FACTS[id],
      ...text.redFlags[id],
    })),
    regions: byId<Region, RegionInfo>(REGIONS, (id) => ({ id, ...text.regions[id] })),
    tiers: byId<RedFlagTier, Tier>(RED_FLAG_TIERS, (id) => ({ id, ...text.tiers[id] })),
    selfCare: text.selfCare,
    grades: byId<EvidenceGrade, Grade>(EVIDENCE_GRADES, (id) => ({ id, ...text.grades[id] })),
    faq: FAQ_IDS.map((id) => ({ id, ...FAQ_FACTS[id], ...text.faq[id] })),
    sources: SOURCES,
    generalRemedies: GENERAL_REMEDIES,
    about: text.about,
    labels: text.labels,
  };
}
