/**
 * Entry of the popup. It sends the first request to the worker before anything else loads,
 * because the worker's reply takes longer than loading the interface's modules, which then
 * load while the worker works.
 */
import '../ui/base.css';
import './popup.css';
import { SCRIPT_START_MARK } from './marks';
import { startOpening } from './opening';

performance.mark(SCRIPT_START_MARK);
startOpening();
void import('./mount');
