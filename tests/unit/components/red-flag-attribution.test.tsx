// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cardModel } from '../../../components/card/card-model';
import { MentionCard, type CardActions } from '../../../components/card/MentionCard';
import { PageView } from '../../../components/page/PageView';
import { knowledge } from '../../../core/knowledge';
import type { PageReport, PostReport } from '../../../page/report';
import { CARD_TEXT_EN } from '../../../ui-text/en/card';

const kb = knowledge();
const noop: CardActions = { close() {}, more: () => Promise.resolve(true), notBackPain() {}, turnOffThread() {}, turnOffSite() {}, report() {} };

const post = (key: number, sign: string, label?: string): PostReport => ({
  key,
  label,
  mentions: [{ start: 0, end: 9, text: 'back pain', region: 'lower', status: 'active' }],
  causes: [],
  redFlags: [{ id: 'numbness-weakness', tier: 'emergency', start: 10, end: 10 + sign.length, text: sign }],
});

const page = (...posts: PostReport[]): PageReport => ({
  url: 'https://forum.example.org/t/1',
  adapter: { id: 'generic', name: 'Any page' },
  activeCount: posts.length,
  posts,
});

function bannerLines(report: PageReport): string[] {
  render(<PageView kb={kb} report={report} emptyText="" />);
  return [...document.querySelectorAll('.red-flags li')].map((li) => li.textContent!);
}

describe('warning signs said with the post they are in', () => {
  afterEach(cleanup);

  it('names the author the site gives, with the whole words', () => {
    expect(bannerLines(page(post(1, 'both my legs went numb', 'u/lena')))).toEqual([
      'Warning signs in u/lena’s post: ‘both my legs went numb’',
    ]);
  });

  it('says where the post stands when the site names no author', () => {
    expect(bannerLines(page(post(1, 'legs went numb'), post(2, 'numb saddle area')))).toEqual([
      'Warning signs in the first post: ‘legs went numb’',
      'Warning signs in a reply: ‘numb saddle area’',
    ]);
    cleanup();
    expect(bannerLines(page(post(1, 'legs went numb')))).toEqual(['Warning signs in this post: ‘legs went numb’']);
  });

  it('says the routing line once for the block, after the posts', () => {
    render(<PageView kb={kb} report={page(post(1, 'legs went numb', 'a'), post(2, 'numb feet', 'b'))} emptyText="" />);
    const block = document.querySelector('.red-flags')!;
    expect(block.textContent!.split(kb.tiers.emergency.action)).toHaveLength(2);
    expect(block.querySelector('ul')!.compareDocumentPosition(screen.getByText(`If this is you: ${kb.tiers.emergency.action}`))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('in the card, names the author, the words and the routing line', () => {
    const flagged = post(1, 'both my legs went numb', 'u/lena');
    render(<MentionCard model={cardModel(flagged, flagged.mentions[0]!, kb)} text={CARD_TEXT_EN} actions={noop} theme="light" />);
    const alert = screen.getByRole('alert').textContent!;
    expect(alert).toContain('Warning signs in u/lena’s post: ‘both my legs went numb’');
    expect(alert).toContain(`If this is you: ${kb.tiers.emergency.action}`);
    cleanup();
    const anonymous = post(1, 'both my legs went numb');
    render(<MentionCard model={cardModel(anonymous, anonymous.mentions[0]!, kb)} text={CARD_TEXT_EN} actions={noop} theme="light" />);
    expect(screen.getByRole('alert').textContent).toContain('Warning signs in this post: ‘both my legs went numb’');
  });
});
