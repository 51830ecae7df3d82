import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome';
import { commandKeys, shortcutSettingsOpener } from '../../extension/shortcut-keys';
import { uiText } from '../../ui-text/ui-text';
import './welcome.css';

const text = uiText();
void commandKeys()
  .catch(() => ({}))
  .then((keys) =>
    render(
      <Welcome text={text.welcome} shortcuts={text.shortcuts} keys={keys} openShortcutSettings={shortcutSettingsOpener()} />,
      document.getElementById('app')!,
    ),
  );
