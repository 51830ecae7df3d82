import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { browserOptionsActions } from '../../extension/options-actions';
import { browserMyBackActions } from '../../extension/history/browser-my-back-actions';
import './options.css';

render(<OptionsPage actions={browserOptionsActions} myBackActions={browserMyBackActions()} />, document.getElementById('app')!);
