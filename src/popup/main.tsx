/**
 * Entry of the popup. Its imports are listed in the page as module preloads, so they load in
 * parallel, and './early' runs first, so the first request goes out before the views load.
 * The views are imported statically, so the popup is mounted when the page's load event fires
 * and no early paste is missed.
 */
import './early';
import '../ui/base.css';
import './popup.css';
import { render } from 'preact';
import { t } from '../shared/i18n';
import { App } from './App';

document.documentElement.lang = t('languageCode');
document.title = t('extensionName');
const root = document.getElementById('app');
if (root) render(<App />, root);
