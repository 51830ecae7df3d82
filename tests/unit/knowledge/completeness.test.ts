import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_GRADES,
  FAQ_IDS,
  LAST_REVIEWED,
  LOCALES,
  REMEDY_IDS,
  SOURCES,
  SOURCE_IDS,
  byUrgency,
  knowledge,
  mostUrgent,
} from '../../../core/knowledge';
import { DEFAULT_TIERS } from '../../../core/redFlagTiers';
import { CAUSE_IDS, RED_FLAG_IDS, RED_FLAG_TIERS, REGIONS } from '../../../core/vocabulary';
import { collectStrings } from './strings';

const sourceIds = new Set<string>(SOURCE_IDS);
const remedyIds = new Set<string>(REMEDY_IDS);

describe.each(LOCALES)('knowledge(%s)', (locale) => {
  const kb = knowledge(locale);

  it('has no empty or padded strings anywhere', () => {
    const bad = collectStrings(kb).filter(({ text }) => text.trim() === '' || text !== text.trim());
    expect(bad).toEqual([]);
  });

  it('has a complete entry for every cause id', () => {
    expect(Object.keys(kb.causes).sort()).toEqual([...CAUSE_IDS].sort());
    for (const id of CAUSE_IDS) {
      const c = kb.causes[id];
      expect(c.id).toBe(id);
      for (const field of [c.title, c.short, c.explanation, c.evidence]) expect(field.length).toBeGreaterThan(0);
      expect(c.signs.length).toBeGreaterThan(0);
      expect(EVIDENCE_GRADES).toContain(c.grade);
      expect(c.regions.length).toBeGreaterThan(0);
      for (const r of c.regions) expect(REGIONS).toContain(r);
      expect(c.remedies.length, `${id} remedies`).toBeGreaterThan(0);
      for (const r of c.remedies) expect(remedyIds.has(r), `${id} → remedy ${r}`).toBe(true);
      expect(c.sources.length).toBeGreaterThanOrEqual(1);
      expect(c.sources.length).toBeLessThanOrEqual(3);
      for (const s of c.sources) expect(sourceIds.has(s), `${id} → source ${s}`).toBe(true);
    }
  });

  it('has steps, dose, cautions, a grade and sources for every remedy, and every remedy is used', () => {
    for (const id of REMEDY_IDS) {
      const r = kb.remedies[id];
      expect(r.id).toBe(id);
      expect(r.steps.length, `${id} steps`).toBeGreaterThanOrEqual(2);
      expect(r.dose.length).toBeGreaterThan(0);
      expect(r.cautions.length, `${id} cautions`).toBeGreaterThan(0);
      expect(r.firstStep.length).toBeLessThanOrEqual(120);
      expect(EVIDENCE_GRADES).toContain(r.grade);
      for (const s of r.sources) expect(sourceIds.has(s), `${id} → source ${s}`).toBe(true);
      const used = r.helpsWith.length > 0 || kb.generalRemedies.includes(id);
      expect(used, `${id} is linked from a cause or the general remedies`).toBe(true);
    }
  });

  it('derives helpsWith from the causes', () => {
    expect(kb.remedies['treadmill-setup'].helpsWith).toContain('treadmill');
    for (const id of CAUSE_IDS) for (const r of kb.causes[id].remedies) expect(kb.remedies[r].helpsWith).toContain(id);
  });

  it('has a tier, reason and action for every red flag, the tier from the one table', () => {
    expect(Object.keys(kb.redFlags).sort()).toEqual([...RED_FLAG_IDS].sort());
    for (const id of RED_FLAG_IDS) {
      const f = kb.redFlags[id];
      expect(f.tier, id).toBe(DEFAULT_TIERS[id]);
      expect(RED_FLAG_TIERS).toContain(f.tier);
      for (const field of [f.title, f.why, f.action]) expect(field.length).toBeGreaterThan(0);
      for (const s of f.sources) expect(sourceIds.has(s)).toBe(true);
    }
  });

  it('puts the NHS 999 / A&E signs in the emergency tier, and the 111 ones in the same-day tier', () => {
    const emergency = [
      'chest-pain',
      'bladder-bowel',
      'trauma',
      'radiating-arm-jaw',
      'heart-warning-signs',
      'tearing-pain',
      'dark-urine',
    ] as const;
    const sameDay = ['fever-unwell', 'night-pain', 'weight-loss', 'deformity', 'steroids-osteoporosis'] as const;
    for (const id of emergency) expect(kb.redFlags[id].tier, id).toBe('emergency');
    for (const id of sameDay) expect(kb.redFlags[id].tier, id).toBe('same-day');
    expect(kb.redFlags['inflammatory-pattern'].tier).toBe('soon');
  });

  it('has text for every tier, grade and region, and a self-care state apart from the tiers', () => {
    for (const t of RED_FLAG_TIERS) expect(kb.tiers[t].label.length).toBeGreaterThan(0);
    expect(kb.selfCare.label.length).toBeGreaterThan(0);
    for (const g of EVIDENCE_GRADES) expect(kb.grades[g].label.length).toBeGreaterThan(0);
    for (const r of REGIONS) {
      expect(kb.regions[r].label.length).toBeGreaterThan(0);
      expect(kb.regions[r].description.length).toBeGreaterThan(0);
    }
  });

  it('answers every FAQ, in order, with existing links', () => {
    expect(kb.faq.map((f) => f.id)).toEqual([...FAQ_IDS]);
    for (const f of kb.faq) {
      expect(f.question).toMatch(/\?$/);
      expect(f.answer.length).toBeGreaterThan(0);
      for (const c of f.causes) expect(CAUSE_IDS).toContain(c);
      for (const r of f.remedies) expect(remedyIds.has(r)).toBe(true);
      for (const s of f.sources) expect(sourceIds.has(s)).toBe(true);
    }
  });

  it('has an about page with the review date', () => {
    expect(kb.lastReviewed).toBe(LAST_REVIEWED);
    expect(LAST_REVIEWED).toBe('2026-12-02');
    expect(kb.about.sections.length).toBeGreaterThanOrEqual(4);
    expect(kb.about.lastReviewedLabel).toContain('2026');
  });

  it('never advises bed rest', () => {
    const advisesBedRest = collectStrings(kb).filter(
      ({ text }) => /bed rest/i.test(text) && !/(avoid|skip|not|slows?|beats|versus|rather than|better than)/i.test(text),
    );
    expect(advisesBedRest).toEqual([]);
  });
});

describe('sources', () => {
  it('every source has an https URL, a year and a publisher, and is cited', () => {
    const kb = knowledge();
    const cited = new Set<string>([
      ...CAUSE_IDS.flatMap((id) => kb.causes[id].sources),
      ...REMEDY_IDS.flatMap((id) => kb.remedies[id].sources),
      ...RED_FLAG_IDS.flatMap((id) => kb.redFlags[id].sources),
      ...kb.faq.flatMap((f) => f.sources),
    ]);
    for (const id of SOURCE_IDS) {
      const s = SOURCES[id];
      expect(s.id).toBe(id);
      expect(s.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(() => new URL(s.url)).not.toThrow();
      expect(Number.isInteger(s.year)).toBe(true);
      expect(s.year).toBeGreaterThanOrEqual(1990);
      expect(s.year).toBeLessThanOrEqual(2026);
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(s.title.length).toBeGreaterThan(0);
      expect(cited.has(id), `${id} is cited somewhere`).toBe(true);
    }
    expect(new Set(SOURCE_IDS.map((id) => SOURCES[id].url)).size).toBe(SOURCE_IDS.length);
  });
});

describe('urgency helpers', () => {
  it('orders red flags by their tier, then in vocabulary order, each id once at its most urgent tier', () => {
    const flags = byUrgency([
      { id: 'night-pain', tier: 'same-day' },
      { id: 'inflammatory-pattern', tier: 'soon' },
      { id: 'numbness-weakness', tier: 'soon' },
      { id: 'chest-pain', tier: 'emergency' },
      { id: 'numbness-weakness', tier: 'emergency' },
      { id: 'fever-unwell', tier: 'same-day' },
    ] as const);
    expect(flags).toEqual([
      { id: 'chest-pain', tier: 'emergency' },
      { id: 'numbness-weakness', tier: 'emergency' },
      { id: 'fever-unwell', tier: 'same-day' },
      { id: 'night-pain', tier: 'same-day' },
      { id: 'inflammatory-pattern', tier: 'soon' },
    ]);
  });

  it('finds the most urgent tier, and none without a red flag', () => {
    expect(mostUrgent([])).toBeUndefined();
    expect(mostUrgent(['soon', 'same-day'])).toBe('same-day');
    expect(mostUrgent(['soon', 'emergency', 'same-day'])).toBe('emergency');
  });
});
