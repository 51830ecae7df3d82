// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardModel } from '../../../components/card/card-model';
import { MentionCard, type CardActions } from '../../../components/card/MentionCard';
import { knowledge } from '../../../core/knowledge';
import type { Analysis } from '../../../core/types';
import { CARD_TEXT_EN } from '../../../ui-text/en/card';

afterEach(cleanup);

const kb = knowledge();

const post: Analysis & { key: number } = {
  key: 1,
  mentions: [{ start: 3, end: 16, text: 'mid back pain', region: 'mid', status: 'active' }],
  causes: [
    { id: 'hills', score: 0.6, evidence: [{ start: 30, end: 42, text: 'hill repeats' }] },
    { id: 'load-carriage', score: 0.5, evidence: [{ start: 50, end: 64, text: 'hydration vest' }] },
  ],
  redFlags: [{ id: 'night-pain', tier: 'same-day', start: 70, end: 81, text: 'wakes me up' }],
};

function actions(overrides: Partial<CardActions> = {}): CardActions {
  return {
    close: vi.fn(),
    more: vi.fn(() => Promise.resolve(true)),
    notBackPain: vi.fn(),
    turnOffThread: vi.fn(),
    turnOffSite: vi.fn(),
    report: vi.fn(),
    ...overrides,
  };
}

function renderCard(analysis: Analysis & { key: number } = post, cardActions = actions()) {
  const model = cardModel(analysis, analysis.mentions[0]!, kb);
  render(<MentionCard model={model} text={CARD_TEXT_EN} actions={cardActions} theme="light" />);
  return screen.getByRole('dialog', { name: 'Back pain: mid back' });
}

describe('MentionCard', () => {
  it('is a named, non-modal dialog', () => {
    const dialog = renderCard();
    expect(dialog.getAttribute('aria-modal')).toBe('false');
  });

  it('shows the red flag first, with its tier, the tier’s routing line once, and the flag’s advice', () => {
    const dialog = renderCard();
    const alert = within(dialog).getByRole('alert');
    const tier = kb.tiers['same-day'];
    expect(alert.textContent).toContain(tier.label);
    expect(alert.textContent!.split(tier.action)).toHaveLength(2);
    expect(alert.textContent).toContain(kb.redFlags['night-pain'].title);
    expect(alert.textContent).toContain(kb.redFlags['night-pain'].action);
    const text = dialog.textContent!;
    expect(text.indexOf(tier.label)).toBeLessThan(text.indexOf(kb.regions.mid.label));
  });

  it('shows the tier the post gave the flag, with that tier’s routing and the flag’s note for it', () => {
    const dialog = renderCard({ ...post, redFlags: [{ id: 'numbness-weakness', tier: 'emergency', start: 70, end: 81, text: 'both legs numb' }] });
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toContain(kb.tiers.emergency.label);
    expect(alert.textContent).toContain(kb.tiers.emergency.action);
    expect(alert.textContent).toContain(kb.redFlags['numbness-weakness'].atTier!.emergency);
    expect(alert.textContent).not.toContain(kb.tiers['same-day'].action);
  });

  it('shows the region with a diagram that lights it', () => {
    const dialog = renderCard();
    expect(within(dialog).getByRole('img', { name: 'Back diagram: Mid back' })).toBeTruthy();
    const lit = [...dialog.querySelectorAll('.band.lit')].map((b) => b.getAttribute('data-region'));
    expect(lit).toEqual(['mid']);
  });

  it('lights the whole back when the post does not say where', () => {
    const unspecified = { ...post, mentions: [{ ...post.mentions[0]!, region: 'unspecified' as const }] };
    const model = cardModel(unspecified, unspecified.mentions[0]!, kb);
    render(<MentionCard model={model} text={CARD_TEXT_EN} actions={actions()} theme="dark" />);
    const dialog = screen.getByRole('dialog', { name: 'Back pain' });
    expect(dialog.querySelectorAll('.band.lit')).toHaveLength(3);
    expect(dialog.getAttribute('data-theme')).toBe('dark');
  });

  it('lists the post’s causes with the quoted words and the evidence grade', () => {
    const dialog = renderCard();
    const causes = within(dialog).getByRole('heading', { name: CARD_TEXT_EN.causesHeading }).parentElement!;
    const items = within(causes).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain(kb.causes.hills.title);
    expect(items[0]!.textContent).toContain('This post mentions “hill repeats”');
    expect(items[0]!.textContent).toContain(CARD_TEXT_EN.gradeLabel(kb.grades[kb.causes.hills.grade].label));
    expect(items[1]!.textContent).toContain('“hydration vest”');
  });

  it('suggests the top remedy of the causes with its first step, leaving the rest to the full explanation', () => {
    const dialog = renderCard();
    const remedies = within(dialog).getByRole('heading', { name: CARD_TEXT_EN.remediesHeading }).parentElement!;
    const items = within(remedies).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const first = kb.remedies[kb.causes.hills.remedies[0]];
    expect(items[0]!.textContent).toContain(first.title);
    expect(items[0]!.textContent).toContain(first.firstStep);
  });

  it('without red flags or causes, shows no banner and general remedies', () => {
    const plain = { ...post, causes: [], redFlags: [] };
    const dialog = renderCard(plain);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(dialog.textContent).toContain(CARD_TEXT_EN.noCauses);
    expect(dialog.textContent).toContain(kb.remedies[kb.generalRemedies[0]!].firstStep);
  });

  it('keeps the full explanation in view and the rest behind its ⋯ menu, each calling its action', () => {
    const cardActions = actions();
    const dialog = renderCard(post, cardActions);
    expect(within(dialog).getByRole('button', { name: 'Full explanation' })).toBeTruthy();
    const menuButton = within(dialog).getByRole('button', { name: CARD_TEXT_EN.moreActions });
    expect(menuButton.getAttribute('aria-haspopup')).toBe('menu');
    expect(within(dialog).queryByRole('menuitem', { name: 'Not about back pain' })).toBeNull();
    const names = [CARD_TEXT_EN.notBackPain, CARD_TEXT_EN.turnOffThread, CARD_TEXT_EN.turnOffSite, CARD_TEXT_EN.report];
    const called = [cardActions.notBackPain, cardActions.turnOffThread, cardActions.turnOffSite, cardActions.report];
    names.forEach((name, i) => {
      fireEvent.click(menuButton, { detail: 1 });
      expect(menuButton.getAttribute('aria-expanded')).toBe('true');
      fireEvent.click(within(dialog).getByRole('menuitem', { name }), { detail: 1 });
      expect(called[i]).toHaveBeenCalledExactlyOnceWith(false);
      expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(cardActions.close).toHaveBeenCalledOnce();
  });

  it('works its menu from the keyboard: arrows move, Escape closes it and returns focus, Enter says it came from the keyboard', async () => {
    const cardActions = actions();
    const dialog = renderCard(post, cardActions);
    const menuButton = within(dialog).getByRole('button', { name: CARD_TEXT_EN.moreActions });
    menuButton.focus();
    fireEvent.keyDown(menuButton, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe(CARD_TEXT_EN.notBackPain));
    expect(dialog.hasAttribute('data-menu-open')).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe(CARD_TEXT_EN.report);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe(CARD_TEXT_EN.turnOffThread);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe(CARD_TEXT_EN.report);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(menuButton));
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(dialog.hasAttribute('data-menu-open')).toBe(false);
    expect(cardActions.close).not.toHaveBeenCalled();
    fireEvent.keyDown(menuButton, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe(CARD_TEXT_EN.report));
    fireEvent.click(document.activeElement!, { detail: 0 });
    expect(cardActions.report).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('says where to click when the browser won’t open the popup', async () => {
    const dialog = renderCard(post, actions({ more: () => Promise.resolve(false) }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Full explanation' }));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe(CARD_TEXT_EN.moreFallback));
  });
});
