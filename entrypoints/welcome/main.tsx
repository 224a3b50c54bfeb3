import { render } from 'preact';
import raw from 'virtual:sourcelight/full-index';
import { loadFullIndex } from '../../src/index/loader';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp';
import '../../src/ui/shared/page.css';
import '../../src/ui/welcome/welcome.css';

render(<WelcomeApp index={loadFullIndex(raw)} />, document.getElementById('app')!);
