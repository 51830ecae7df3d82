import type { ShortcutsText } from '../../ui-text/shortcuts-text';

/**
 * The keyboard shortcuts, with the keys the browser reports when known (`keys`, by command),
 * and the way to change them: a button where the extension may open the settings, else the path.
 */
export function ShortcutList({
  text,
  keys = {},
  openSettings,
}: {
  text: ShortcutsText;
  keys?: Readonly<Record<string, string>>;
  openSettings?: () => void;
}) {
  return (
    <section class="shortcut-list" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{text.heading}</h2>
      <dl class="shortcuts">
        {text.list.map((s) => {
          const now = s.command === undefined ? s.keys : (keys[s.command] ?? s.keys);
          return (
            <div key={s.does}>
              <dt>{now ? <kbd>{now}</kbd> : text.unset}</dt>
              <dd>{s.does}</dd>
            </div>
          );
        })}
      </dl>
      {openSettings ? (
        <button type="button" class="link-button" onClick={openSettings}>
          {text.openSettings}
        </button>
      ) : (
        <p>{text.settingsWay}</p>
      )}
    </section>
  );
}
