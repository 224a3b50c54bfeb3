import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/shared/page.css';

render(<PopupApp />, document.getElementById('app')!);
