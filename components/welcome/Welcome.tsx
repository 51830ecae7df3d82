import type { ShortcutsText } from '../../ui-text/shortcuts-text';
import type { WelcomeText } from '../../ui-text/welcome-text';
import { ShortcutList } from '../shared/ShortcutList';

/** The first-run page: what the marks mean, the shortcuts, privacy in two lines. */
export function Welcome({
  text,
  shortcuts,
  keys,
  openShortcutSettings,
}: {
  text: WelcomeText;
  shortcuts: ShortcutsText;
  keys?: Readonly<Record<string, string>>;
  openShortcutSettings?: () => void;
}) {
  return (
    <main class="welcome">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">{text.marksHeading}</h2>
        <ul>
          {text.marks.map((mark) => (
            <li key={mark.sample}>
              <span class={`sample sample-${mark.sample}`}>{mark.look}</span>: {mark.means}
            </li>
          ))}
        </ul>
      </section>
      <ShortcutList text={shortcuts} keys={keys} openSettings={openShortcutSettings} />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{text.privacyHeading}</h2>
        {text.privacy.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <p class="disclaimer">{text.notDiagnosis}</p>
    </main>
  );
}
