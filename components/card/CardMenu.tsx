import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface CardMenuItem {
  label: string;
  /** `keyboard`: chosen with Enter or Space, so what follows may take focus. */
  select(keyboard: boolean): void;
}

export interface CardMenuProps {
  /** The menu button's accessible name. */
  label: string;
  items: CardMenuItem[];
  onOpenChange(open: boolean): void;
}

/**
 * The card's ⋯ menu button (the WAI-ARIA menu button pattern): Enter, Space or ↓ open it on its
 * first item, ↑ on its last; ↑ ↓ Home End move, Escape closes it and returns focus to the button,
 * Tab closes it and moves on. The menu opens upward, over the card's body.
 */
export function CardMenu({ label, items, onOpenChange }: CardMenuProps) {
  const [open, setOpen] = useState(false);
  const [focusOn, setFocusOn] = useState<'first' | 'last' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const show = (open: boolean) => {
    setOpen(open);
    onOpenChange(open);
  };
  const openAt = (index: 'first' | 'last') => {
    show(true);
    setFocusOn(index);
  };
  // Focused as soon as the menu is rendered, not after the next frame: a key pressed right after ↓
  // must reach the item, not the button.
  useLayoutEffect(() => {
    if (!open || !focusOn) return;
    const all = entries();
    all[focusOn === 'first' ? 0 : all.length - 1]?.focus();
    setFocusOn(null);
  }, [open, focusOn]);
  const closeToButton = () => {
    show(false);
    button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    openAt(e.key === 'ArrowDown' ? 'first' : 'last');
  };
  const onButtonClick = () => (open ? closeToButton() : openAt('first'));
  const onMenuKey = (e: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(e.target as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeToButton();
    } else if (e.key === 'Tab') show(false);
  };
  // Focus that left for elsewhere in the card or page closes the menu; focus the whole window lost
  // (another window or tab came to the front) stays where it was, and so does the menu.
  const onFocusOut = () => {
    setTimeout(() => {
      const root = button.current?.getRootNode() as DocumentOrShadowRoot | undefined;
      const active = root?.activeElement ?? null;
      if (active !== button.current && !menu.current?.contains(active)) show(false);
    }, 0);
  };

  return (
    <div class="menu-wrap" onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class="menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="bl-card-menu"
        onClick={onButtonClick}
        onKeyDown={onButtonKey}
      >
        ⋯
      </button>
      <ul ref={menu} id="bl-card-menu" class="menu" role="menu" aria-label={label} hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <li key={item.label} role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={(e) => {
                show(false);
                // A click made by Enter or Space has no pointer detail.
                item.select(e.detail === 0);
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
