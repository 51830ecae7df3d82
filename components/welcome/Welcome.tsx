import type { WelcomeText } from '../../ui-text/welcome-text';

/** The first-run page: what the marks mean, the shortcuts, privacy in two lines. */
export function Welcome({ text }: { text: WelcomeText }) {
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
      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{text.shortcutsHeading}</h2>
        <dl class="shortcuts">
          {text.shortcuts.map((s) => (
            <div key={s.keys}>
              <dt>
                <kbd>{s.keys}</kbd>
              </dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
        <p>{text.shortcutSettings}</p>
      </section>
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
