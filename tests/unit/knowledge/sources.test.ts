import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS, knowledge } from '../../../core/knowledge';
import { RED_FLAG_IDS } from '../../../core/vocabulary';

// What SOURCES-CHECKED.md promises about the citations, kept true by tests.
describe('source links', () => {
  it('link a DOI, a page or a record, never a search', () => {
    for (const id of SOURCE_IDS) {
      const { url } = SOURCES[id];
      expect(url, id).not.toMatch(/[?&](term|q|query)=|\/search\b/i);
      if (url.startsWith('https://doi.org/')) expect(url, id).toMatch(/^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/);
    }
  });

  it('give every red flag a health-service page or a guideline', () => {
    const kb = knowledge();
    for (const id of RED_FLAG_IDS) {
      const kinds = kb.redFlags[id].sources.map((s) => SOURCES[s].kind);
      expect(kinds.some((k) => k === 'health-service-page' || k === 'guideline'), id).toBe(true);
    }
  });
});
