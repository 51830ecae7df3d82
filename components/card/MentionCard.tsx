import { useState } from 'preact/hooks';
import type { CardText } from '../../ui-text/card-text';
import { BackDiagram } from './BackDiagram';
import { CardMenu } from './CardMenu';
import type { CardModel } from './card-model';

export interface CardActions {
  close(): void;
  /** Resolves false when the popup could not be opened for the reader. */
  more(): Promise<boolean>;
  /** Each of these is told whether it was chosen from the keyboard (what follows may take focus then). */
  notBackPain(keyboard: boolean): void;
  turnOffThread(keyboard: boolean): void;
  turnOffSite(keyboard: boolean): void;
  /** Copies a report of a wrong or missed mark for the reader to paste where they like. */
  report(keyboard: boolean): void;
}

export interface MentionCardProps {
  model: CardModel;
  text: CardText;
  actions: CardActions;
  theme: 'light' | 'dark';
}

/** The hover card for one mention: red flags first, then where, why and what helps. */
export function MentionCard({ model, text, actions, theme }: MentionCardProps) {
  const name = text.dialogName[model.region];
  const [status, setStatus] = useState('');
  const [menuOpen, setMenuOpen] = useState(false);
  const more = () => {
    void actions.more().then((opened) => setStatus(opened ? '' : text.moreFallback));
  };
  return (
    <div class="card" data-theme={theme} data-menu-open={menuOpen || undefined} role="dialog" aria-modal="false" aria-labelledby="bl-card-title" tabIndex={-1}>
      <header class="head">
        <h2 id="bl-card-title" class="title">
          {name}
        </h2>
        <button type="button" class="close" aria-label={text.close} onClick={actions.close}>
          ×
        </button>
      </header>
      <div class="body" role="region" aria-label={text.details} tabIndex={0}>
        {model.redFlags && (
          <section class={`flag flag-${model.redFlags.tier}`} role="alert">
            <p class="flag-tier">{model.redFlags.tierLabel}</p>
            <p class="flag-list">
              {text.redFlagsIn(model.redFlags.whose, model.redFlags.quotes)} ({model.redFlags.titles.join('; ')})
            </p>
            <p class="flag-routing">{text.ifThisIsYou(model.redFlags.routing)}</p>
            <details class="flag-action">
              <summary>{text.flagAdvice}</summary>
              <p>{model.redFlags.advice}</p>
            </details>
          </section>
        )}
        <section class="region" aria-label={text.regionHeading}>
          <BackDiagram region={model.region} label={text.diagramLabel(model.regionLabel)} />
          <div>
            <p class="region-label">{model.regionLabel}</p>
            <p class="muted">{model.regionShort}</p>
          </div>
        </section>
        <section aria-labelledby="bl-causes">
          <h3 id="bl-causes">{text.causesHeading}</h3>
          {model.causes.length === 0 ? (
            <p class="muted">{text.noCauses}</p>
          ) : (
            <ul class="causes">
              {model.causes.map((c) => (
                <li key={c.title}>
                  <span class="item-title">{c.title}</span> <span class="grade">{text.gradeLabel(c.gradeLabel)}</span>
                  <span class="muted">{c.short}</span>
                  {c.quotes.map((q) => (
                    <span key={q} class="quote">
                      {text.postMentions(q)}
                    </span>
                  ))}
                  {c.facts.map((f) => (
                    <span key={f} class="quote">
                      {text.activityFact(f)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="bl-remedies">
          <h3 id="bl-remedies">{text.remediesHeading}</h3>
          <ul class="remedies">
            {model.remedies.map((r) => (
              <li key={r.title}>
                <span class="item-title">{r.title}</span> {r.firstStep}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <footer class="actions">
        <button type="button" class="primary" onClick={more}>
          {text.more}
        </button>
        <CardMenu
          label={text.moreActions}
          onOpenChange={setMenuOpen}
          items={[
            { label: text.notBackPain, select: actions.notBackPain },
            { label: text.turnOffThread, select: actions.turnOffThread },
            { label: text.turnOffSite, select: actions.turnOffSite },
            { label: text.report, select: actions.report },
          ]}
        />
      </footer>
      <p class="status" role="status">
        {status}
      </p>
      <p class="shortcuts">{text.shortcuts}</p>
    </div>
  );
}
