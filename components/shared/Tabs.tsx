import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
  panel: () => ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: arrows move between tabs (wrapping), Home and End
 * jump to the ends; only the selected tab is in the Tab order.
 */
export function Tabs({
  label,
  tabs,
  idPrefix = 'tab',
  selectedId,
  onSelect,
}: {
  label: string;
  tabs: readonly TabSpec[];
  idPrefix?: string;
  /** The selected tab, when the caller keeps it (e.g. in the address); the first by default. */
  selectedId?: string;
  onSelect?: (id: string) => void;
}) {
  const [own, setOwn] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const given = selectedId === undefined ? -1 : tabs.findIndex((tab) => tab.id === selectedId);
  const selected = given >= 0 ? given : own;

  const select = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    setOwn(next);
    onSelect?.(tabs[next]!.id);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowLeft: selected - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  const current = tabs[selected];
  return (
    <>
      <div role="tablist" aria-label={label} class="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${tab.id}`}
            aria-selected={i === selected}
            aria-controls={`${idPrefix}-${tab.id}-panel`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => select(i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`${idPrefix}-${current.id}-panel`}
          aria-labelledby={`${idPrefix}-${current.id}`}
          tabIndex={0}
          class="tabpanel"
        >
          {current.panel()}
        </div>
      )}
    </>
  );
}
