// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FAQ_IDS, knowledge, REMEDY_IDS } from '../../../core/knowledge';
import { CAUSE_IDS, RED_FLAG_IDS } from '../../../core/vocabulary';
import { Library } from '../../../components/library/Library';

const kb = knowledge();

describe('Library', () => {
  afterEach(cleanup);

  it('lists every cause, remedy, red flag and FAQ answer, and the about text', () => {
    render(<Library kb={kb} />);
    expect(screen.getByRole('status').textContent).toBe(
      `${CAUSE_IDS.length + REMEDY_IDS.length + RED_FLAG_IDS.length + FAQ_IDS.length} results`,
    );
    for (const id of CAUSE_IDS) expect(screen.getAllByRole('heading', { name: kb.causes[id].title }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: kb.about.title })).toBeTruthy();
  });

  it('filters by plain substring over titles and text', () => {
    render(<Library kb={kb} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'TREADMILL' } });
    expect(screen.getAllByRole('heading', { name: kb.causes.treadmill.title }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: kb.causes['cold-weather'].title })).toBeNull();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzqx' } });
    expect(screen.getByRole('status').textContent).toBe('Nothing matches “zzqx”.');
  });

  it('opens sources in a new tab and says so', () => {
    render(<Library kb={kb} />);
    const link = screen.getAllByRole('link')[0]!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(opens in a new tab)');
  });
});
