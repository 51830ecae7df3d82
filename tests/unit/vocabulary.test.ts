import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, RED_FLAG_IDS, RED_FLAG_TIERS, REGIONS, STATUSES } from '../../core/vocabulary';

describe('vocabulary', () => {
  it('has the contract ids, each once', () => {
    for (const ids of [CAUSE_IDS, RED_FLAG_IDS, RED_FLAG_TIERS, REGIONS, STATUSES] as readonly (readonly string[])[]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(CAUSE_IDS).toHaveLength(23);
    expect(RED_FLAG_IDS).toHaveLength(18);
    expect(RED_FLAG_TIERS).toEqual(['emergency', 'same-day', 'soon']);
  });
});
