import { render } from 'preact';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';
import '../../src/ui/shared/page.css';

render(<SidePanelApp />, document.getElementById('app')!);
