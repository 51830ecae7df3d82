import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { loadTabReport } from '../../extension/active-tab-report';
import './popup.css';

render(<Popup load={() => loadTabReport(location.search)} />, document.getElementById('app')!);
