import '../../assets/styles/ui.css';
import { render } from 'preact';
import { SidePanelApp } from './App';

render(<SidePanelApp />, document.getElementById('app')!);
