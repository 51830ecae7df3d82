import { useEffect, useState } from 'preact/hooks';
import { knowledge, type KnowledgeBundle } from '../../core/knowledge';
import { REGIONS } from '../../core/vocabulary';
import { DEFAULT_SITES } from '../../extension/default-sites';
import { HIGHLIGHT_COLOUR_IDS, HIGHLIGHT_MODES } from '../../extension/highlight-style';
import { CARD_DELAY_MAX_MS, CARD_DELAY_MIN_MS, type Settings, type ValidatedSettings } from '../../extension/settings-schema';
import { toOrigin } from '../../extension/user-sites';
import { uiText } from '../../ui-text/ui-text';
import { HighlightPreview } from './HighlightPreview';

export interface OptionsActions {
  load: () => Promise<ValidatedSettings>;
  save: (settings: Settings) => Promise<void>;
  /** Follows changes made elsewhere (a card, another tab); returns the stop. */
  watch?: (onChange: (value: ValidatedSettings) => void) => () => void;
  reset: () => Promise<Settings>;
  /** Asks for the site's permission first (before any await), then stores it. */
  addSite: (origin: string) => Promise<boolean>;
  removeSite: (origin: string) => Promise<void>;
}

export function Options({ actions, kb = knowledge() }: { actions: OptionsActions; kb?: KnowledgeBundle }) {
  const text = uiText(kb.locale).options;
  const [loaded, setLoaded] = useState<ValidatedSettings | null>(null);
  const [status, setStatus] = useState('');
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState('');

  useEffect(() => {
    void actions.load().then(setLoaded);
    return actions.watch?.(setLoaded);
  }, [actions]);

  if (!loaded) return <p role="status">{text.loading}</p>;
  const { settings, problems } = loaded;

  const change = (next: Settings, message = text.saved) => {
    setLoaded({ settings: next, problems });
    void actions.save(next).then(() => setStatus(message));
  };

  const addSite = (event: Event) => {
    event.preventDefault();
    const origin = toOrigin(siteInput);
    if (!origin) return setSiteError(text.invalidOrigin);
    setSiteError('');
    void actions.addSite(origin).then(async (added) => {
      if (!added) return setSiteError(text.permissionRefused);
      setSiteInput('');
      setLoaded({ settings: (await actions.load()).settings, problems });
      setStatus(text.saved);
    });
  };

  const removeSite = (origin: string) => {
    void actions.removeSite(origin).then(async () => {
      setLoaded({ settings: (await actions.load()).settings, problems });
      setStatus(text.saved);
    });
  };

  return (
    <main aria-labelledby="options-title">
      <h1 id="options-title">{text.title}</h1>
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{text.invalidNotice}</p>
          <p>{text.invalidFields(problems)}</p>
        </div>
      )}

      <fieldset>
        <legend>{text.sitesHeading}</legend>
        <p class="help">{text.sitesHelp}</p>
        {DEFAULT_SITES.map((site) => (
          <label key={site.id} class="check">
            <input
              type="checkbox"
              checked={settings.sites[site.id]}
              onChange={(e) => change({ ...settings, sites: { ...settings.sites, [site.id]: e.currentTarget.checked } })}
            />
            {site.name}
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            checked={settings.allOfReddit}
            aria-describedby="all-reddit-help"
            onChange={(e) => change({ ...settings, allOfReddit: e.currentTarget.checked })}
          />
          {text.allOfReddit}
        </label>
        <p class="help" id="all-reddit-help">
          {text.allOfRedditHelp}
        </p>
      </fieldset>

      <fieldset>
        <legend>{text.userSitesHeading}</legend>
        <p class="help">{text.userSitesHelp}</p>
        {settings.userSites.length === 0 ? (
          <p>{text.noUserSites}</p>
        ) : (
          <ul class="user-sites" aria-label={text.userSitesHeading}>
            {settings.userSites.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" onClick={() => removeSite(origin)}>
                  {text.removeSite(origin)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addSite} class="add-site">
          <label>
            {text.userSiteLabel}{' '}
            <input
              type="text"
              value={siteInput}
              aria-invalid={siteError ? true : undefined}
              aria-describedby={siteError ? 'site-error' : undefined}
              onInput={(e) => setSiteInput(e.currentTarget.value)}
            />
          </label>{' '}
          <button type="submit">{text.addSite}</button>
          {siteError && (
            <p id="site-error" class="error" role="alert">
              {siteError}
            </p>
          )}
        </form>
        {(settings.disabledHosts.length > 0 || settings.disabledThreads.length > 0) && (
          <>
            <h2>{text.disabledHostsHeading}</h2>
            <ul>
              {settings.disabledHosts.map((host) => (
                <li key={host}>
                  <button
                    type="button"
                    onClick={() => change({ ...settings, disabledHosts: settings.disabledHosts.filter((h) => h !== host) })}
                  >
                    {text.turnBackOn(host)}
                  </button>
                </li>
              ))}
              {settings.disabledThreads.map((thread) => (
                <li key={thread}>
                  <button
                    type="button"
                    onClick={() => change({ ...settings, disabledThreads: settings.disabledThreads.filter((t) => t !== thread) })}
                  >
                    {text.turnThreadBackOn(thread.replace(/^https?:\/\//, ''))}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{text.appearanceHeading}</legend>
        <fieldset class="inner">
          <legend>{text.highlightMode}</legend>
          {HIGHLIGHT_MODES.map((mode) => (
            <label key={mode} class="check">
              <input
                type="radio"
                name="highlight-mode"
                checked={settings.highlight.mode === mode}
                onChange={() => change({ ...settings, highlight: { ...settings.highlight, mode } })}
              />
              {text.modes[mode]}
            </label>
          ))}
        </fieldset>
        <fieldset class="inner">
          <legend>{text.highlightColour}</legend>
          {HIGHLIGHT_COLOUR_IDS.map((colour) => (
            <label key={colour} class="check">
              <input
                type="radio"
                name="highlight-colour"
                checked={settings.highlight.colour === colour}
                onChange={() => change({ ...settings, highlight: { ...settings.highlight, colour } })}
              />
              {text.colours[colour]}
            </label>
          ))}
        </fieldset>
        <HighlightPreview style={settings.highlight} sample={text.preview} />
        <label class="row">
          {text.cardDelay}{' '}
          <input
            type="number"
            min={CARD_DELAY_MIN_MS}
            max={CARD_DELAY_MAX_MS}
            step={50}
            value={settings.cardDelayMs}
            onChange={(e) => {
              const value = Math.round(e.currentTarget.valueAsNumber);
              if (value >= CARD_DELAY_MIN_MS && value <= CARD_DELAY_MAX_MS) change({ ...settings, cardDelayMs: value });
            }}
          />{' '}
          {text.cardDelayUnit}
        </label>
        <label class="check">
          <input type="checkbox" checked={settings.badge} onChange={(e) => change({ ...settings, badge: e.currentTarget.checked })} />
          {text.badge}
        </label>
      </fieldset>

      <fieldset>
        <legend>{text.regionsHeading}</legend>
        <p class="help">{text.regionsHelp}</p>
        {REGIONS.map((region) => (
          <label key={region} class="check">
            <input
              type="checkbox"
              checked={settings.regions.includes(region)}
              onChange={(e) =>
                change({
                  ...settings,
                  regions: e.currentTarget.checked
                    ? REGIONS.filter((r) => r === region || settings.regions.includes(r))
                    : settings.regions.filter((r) => r !== region),
                })
              }
            />
            {kb.regions[region].label}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{text.dismissedHeading}</legend>
        <p>{text.dismissedCount(settings.dismissed.length)}</p>
        {settings.dismissed.length > 0 && (
          <button type="button" onClick={() => change({ ...settings, dismissed: [] })}>
            {text.clearDismissed}
          </button>
        )}
      </fieldset>

      <button
        type="button"
        class="reset"
        onClick={() =>
          void actions.reset().then((fresh) => {
            setLoaded({ settings: fresh, problems: [] });
            setStatus(text.resetDone);
          })
        }
      >
        {text.reset}
      </button>
      <p role="status" class="status">
        {status}
      </p>
    </main>
  );
}
