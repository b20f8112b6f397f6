/**
 * First module of the popup to run: it sends the first request to the worker before Preact and
 * the views are evaluated, so the worker works while they run. main.tsx imports it first.
 */
import { SCRIPT_START_MARK } from './marks';
import { startOpening } from './opening';

performance.mark(SCRIPT_START_MARK);
startOpening();
