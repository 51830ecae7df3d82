import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { browserOptionsActions } from '../../extension/options-actions';
import './options.css';

render(<Options actions={browserOptionsActions} />, document.getElementById('app')!);
