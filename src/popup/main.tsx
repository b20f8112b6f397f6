import { render } from 'preact';
import { t } from '../shared/i18n';
import '../ui/base.css';
import './popup.css';
import { App } from './App';
import { SCRIPT_START_MARK } from './marks';
import { preloadPopupData } from './usePopupData';

performance.mark(SCRIPT_START_MARK);
preloadPopupData();

document.documentElement.lang = t('languageCode');
document.title = t('extensionName');
const root = document.getElementById('app');
if (root) render(<App />, root);
