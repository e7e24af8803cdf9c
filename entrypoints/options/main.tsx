import '../../assets/styles/ui.css';
import { render } from 'preact';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
