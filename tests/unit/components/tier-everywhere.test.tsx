// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cardModel } from '../../../components/card/card-model';
import { MentionCard, type CardActions } from '../../../components/card/MentionCard';
import { Library } from '../../../components/library/Library';
import { RedFlagBanner } from '../../../components/page/RedFlagBanner';
import { knowledge } from '../../../core/knowledge';
import type { Analysis } from '../../../core/types';
import { RED_FLAG_IDS, type RedFlagId, type RedFlagTier } from '../../../core/vocabulary';
import { CARD_TEXT_EN } from '../../../ui-text/en/card';

const kb = knowledge();
const noop: CardActions = { close() {}, more: () => Promise.resolve(true), notBackPain() {}, turnOffThread() {}, turnOffSite() {}, report() {} };

function cardAlert(id: RedFlagId, tier: RedFlagTier): string {
  const post: Analysis & { key: number } = {
    key: 1,
    mentions: [{ start: 0, end: 9, text: 'back pain', region: 'lower', status: 'active' }],
    causes: [],
    redFlags: [{ id, tier, start: 10, end: 14, text: 'sign' }],
  };
  render(<MentionCard model={cardModel(post, post.mentions[0]!, kb)} text={CARD_TEXT_EN} actions={noop} theme="light" />);
  const text = screen.getByRole('alert').textContent!;
  cleanup();
  return text;
}

function banner(id: RedFlagId, tier: RedFlagTier): string {
  render(<RedFlagBanner kb={kb} posts={[{ key: 1, position: 0, tier, flags: [{ id, tier, quotes: ['sign'] }] }]} postCount={1} />);
  const text = screen.getByRole('region').textContent!;
  cleanup();
  return text;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('one tier and one routing line per flag, in the card, the popup and the library', () => {
  afterEach(cleanup);

  it.each(RED_FLAG_IDS)('%s at its default tier, in the card and the popup', (id) => {
    const tier = kb.tiers[kb.redFlags[id].tier];
    for (const text of [cardAlert(id, tier.id), banner(id, tier.id)]) {
      expect(text).toContain(tier.label);
      expect(occurrences(text, tier.action)).toBe(1);
    }
  });

  it('every flag at its default tier in the library', () => {
    render(<Library kb={kb} />);
    for (const id of RED_FLAG_IDS) {
      const tier = kb.tiers[kb.redFlags[id].tier];
      const article = screen.getByRole('heading', { name: kb.redFlags[id].title }).closest('article')!;
      expect(within(article as HTMLElement).getByText(tier.label)).toBeTruthy();
      expect(occurrences(article.textContent!, tier.action), id).toBe(1);
    }
  });

  it('a tier the post gave a flag shows alike in the card and the popup, and the library explains it', () => {
    const soon = kb.tiers.soon;
    const note = kb.redFlags['numbness-weakness'].atTier!.soon!;
    for (const text of [cardAlert('numbness-weakness', 'soon'), banner('numbness-weakness', 'soon')]) {
      expect(text).toContain(soon.label);
      expect(text).toContain(soon.action);
      expect(text).toContain(note);
      expect(text).not.toContain(kb.tiers['same-day'].action);
    }
    render(<Library kb={kb} />);
    const article = screen.getByRole('heading', { name: kb.redFlags['numbness-weakness'].title }).closest('article')!;
    expect(article.textContent).toContain(`${soon.label}: ${note}`);
  });
});
