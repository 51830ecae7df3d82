// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { searchMatches } from '../../../components/library/search-matches';

describe('searchMatches', () => {
  it('finds every case-insensitive occurrence of the query across the text nodes', () => {
    document.body.innerHTML = '<article><h3>Hills</h3><p>Uphill and downhill running; <b>hill</b> repeats.</p></article>';
    expect(searchMatches(document.body, ' Hill ').map((r) => r.toString())).toEqual(['Hill', 'hill', 'hill', 'hill']);
  });

  it('finds nothing for an empty query', () => {
    document.body.innerHTML = '<p>Hills</p>';
    expect(searchMatches(document.body, '  ')).toEqual([]);
  });
});
