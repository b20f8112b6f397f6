import { render } from 'preact';
import { t } from '../shared/i18n';
import { App } from './App';

document.documentElement.lang = t('languageCode');
document.title = t('extensionName');
const root = document.getElementById('app');
if (root) render(<App />, root);
