import type { CauseId, RedFlagId, RedFlagTier, Region } from '../vocabulary';
import type { BodyRegion, EvidenceGrade, FaqId, Locale, RemedyId, SourceId } from './ids';

/** At least one item. */
export type NonEmpty<T> = readonly [T, ...T[]];

// ── Language-independent facts (facts/*.ts) ─────────────────────────────────

export interface CauseFacts {
  grade: EvidenceGrade;
  regions: NonEmpty<BodyRegion>;
  /** Best first. */
  remedies: NonEmpty<RemedyId>;
  /** 1–3 sources. */
  sources: NonEmpty<SourceId>;
}

export interface RemedyFacts {
  /** How well the remedy itself is supported for back pain. */
  grade: EvidenceGrade;
  sources: NonEmpty<SourceId>;
}

/** A red flag's tier is not here: it comes from ../redFlagTiers.ts, the one source of truth. */
export interface RedFlagFacts {
  sources: NonEmpty<SourceId>;
}

export interface FaqFacts {
  causes: readonly CauseId[];
  remedies: readonly RemedyId[];
  sources: NonEmpty<SourceId>;
}

export type SourceKind = 'guideline' | 'health-service-page' | 'systematic-review' | 'study' | 'expert-review';

/** Bibliographic data is not translated: a paper keeps its own title. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /**
   * Year published (for web pages and living guidelines, the year of the
   * version we read; the year we read it when the page shows no date).
   */
  year: number;
  /** https only; a DOI resolver, the publisher's stable landing page or a university repository record. */
  url: string;
  kind: SourceKind;
  /** e.g. "Hayden JA et al." */
  authors?: string;
}

// ── Per-locale text (en/*.ts) ───────────────────────────────────────────────

export interface CauseText {
  title: string;
  /** One line for a hover card. */
  short: string;
  /** A short plain explanation of how this can contribute to back pain in runners. */
  explanation: string;
  /** What a runner might notice. */
  signs: NonEmpty<string>;
  /** One honest line on the evidence. */
  evidence: string;
}

export interface RemedyText {
  title: string;
  /** One line for a hover card. */
  firstStep: string;
  summary: string;
  steps: NonEmpty<string>;
  /** How often, how many, how long. */
  dose: string;
  cautions: NonEmpty<string>;
  /** One honest line on the evidence. */
  evidence: string;
}

/**
 * A red flag's own words. Where to go and how fast is the tier's routing line alone (said once),
 * so none of these names a phone number or a timeframe of another tier (tests/unit/knowledge/tier-text.test.ts).
 */
export interface RedFlagText {
  title: string;
  /** What to look out for and why it matters. */
  why: string;
  /** What to do besides getting help: stop running, don't drive, what to tell the doctor. */
  action: string;
  /**
   * When a post can put this flag at another tier than its default (one stable leg vs both legs):
   * what that tier means for this flag. Shown under the tier's routing line.
   */
  atTier?: Partial<Record<RedFlagTier, string>>;
}

export interface TierText {
  /** A heading: how urgent. */
  label: string;
  /** The routing line: where to go and how fast, with the numbers. */
  action: string;
  description: string;
}

/** What to show when no red flag is found: never an all-clear. */
export interface SelfCareText {
  label: string;
  description: string;
}

export interface GradeText {
  label: string;
  description: string;
}

export interface RegionText {
  label: string;
  short: string;
  description: string;
}

export interface FaqText {
  question: string;
  /** Paragraphs. */
  answer: NonEmpty<string>;
}

export interface AboutSection {
  heading: string;
  paragraphs: NonEmpty<string>;
}

export interface AboutText {
  title: string;
  sections: NonEmpty<AboutSection>;
  lastReviewedLabel: string;
}

export interface UiLabels {
  causes: string;
  remedies: string;
  redFlags: string;
  faq: string;
  sources: string;
  signs: string;
  steps: string;
  dose: string;
  cautions: string;
  evidence: string;
  regions: string;
  about: string;
}

/** Everything a locale must translate. `Record<Id, …>` makes TypeScript demand every id. */
export interface LocaleText {
  causes: Record<CauseId, CauseText>;
  remedies: Record<RemedyId, RemedyText>;
  redFlags: Record<RedFlagId, RedFlagText>;
  tiers: Record<RedFlagTier, TierText>;
  selfCare: SelfCareText;
  grades: Record<EvidenceGrade, GradeText>;
  regions: Record<Region, RegionText>;
  faq: Record<FaqId, FaqText>;
  about: AboutText;
  labels: UiLabels;
}

// ── The bundle returned by knowledge(locale) ────────────────────────────────

export interface Cause extends CauseFacts, CauseText {
  id: CauseId;
}

export interface Remedy extends RemedyFacts, RemedyText {
  id: RemedyId;
  /** Causes that list this remedy (derived). */
  helpsWith: readonly CauseId[];
}

export interface RedFlag extends RedFlagFacts, RedFlagText {
  id: RedFlagId;
  /** The default tier; a post can move it (`RedFlagHit.tier`). */
  tier: RedFlagTier;
}

export interface Faq extends FaqFacts, FaqText {
  id: FaqId;
}

export interface RegionInfo extends RegionText {
  id: Region;
}

export interface Tier extends TierText {
  id: RedFlagTier;
}

export interface Grade extends GradeText {
  id: EvidenceGrade;
}

export interface KnowledgeBundle {
  locale: Locale;
  /** ISO date. */
  lastReviewed: string;
  causes: Readonly<Record<CauseId, Cause>>;
  remedies: Readonly<Record<RemedyId, Remedy>>;
  redFlags: Readonly<Record<RedFlagId, RedFlag>>;
  regions: Readonly<Record<Region, RegionInfo>>;
  tiers: Readonly<Record<RedFlagTier, Tier>>;
  selfCare: SelfCareText;
  grades: Readonly<Record<EvidenceGrade, Grade>>;
  /** In display order. */
  faq: readonly Faq[];
  sources: Readonly<Record<SourceId, Source>>;
  /** Remedies that suit back pain whatever the cause, for mentions with no cause cue. */
  generalRemedies: readonly RemedyId[];
  about: AboutText;
  labels: UiLabels;
}
