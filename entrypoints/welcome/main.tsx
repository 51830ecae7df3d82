import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome';
import { uiText } from '../../ui-text/ui-text';
import './welcome.css';

render(<Welcome text={uiText().welcome} />, document.getElementById('app')!);
