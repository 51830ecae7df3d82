import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { browserPopupActions } from '../../extension/popup-actions';
import './popup.css';

render(<Popup actions={browserPopupActions(location.search)} />, document.getElementById('app')!);
