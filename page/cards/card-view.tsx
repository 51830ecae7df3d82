import { render } from 'preact';
import { cardModel } from '../../components/card/card-model';
import { MentionCard, type CardActions } from '../../components/card/MentionCard';
import { knowledge } from '../../core/knowledge';
import { CARD_TEXT_EN } from '../../ui-text/en/card';
import type { MentionRef } from '../page-scanner';
import type { PostReport } from '../report';
import type { CardTheme } from './theme';

export interface CardViewProps {
  mention: MentionRef;
  post: PostReport;
  theme: CardTheme;
  actions: CardActions;
}

// Positioning, styles, the theme, the toasts and our host element ship with the card: they are only needed once a card opens.
export { followMention } from './position';
export { CARD_STYLES } from '../../components/card/card-styles';
export { themeBehind } from './theme';
export { copyReport, toastUndo } from '../toast/action-toasts';
export { createUiHost } from '../ui-host';

/**
 * Renders the card for one mention into `mount` and returns its element. Loaded on first use,
 * with the knowledge base, so pages where no card opens never pay for either.
 */
export function renderCard(mount: HTMLElement, { mention, post, theme, actions }: CardViewProps): HTMLElement {
  const model = cardModel(post, mention.mention, knowledge());
  render(<MentionCard model={model} text={CARD_TEXT_EN} actions={actions} theme={theme} />, mount);
  return mount.firstElementChild as HTMLElement;
}

export function clearCard(mount: HTMLElement): void {
  render(null, mount);
}
