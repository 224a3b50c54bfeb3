import { render } from 'preact';
import { LibraryApp } from '../../src/ui/library/LibraryApp';
import '../../src/ui/shared/page.css';
import '../../src/ui/library/library.css';

render(<LibraryApp />, document.getElementById('app')!);
