/** Performance mark set when the popup's script starts running, read by bench/popup.ts. */
export const SCRIPT_START_MARK = 'popup-script-start';

/** Performance mark set when the first codes are in the popup, read by bench/popup.ts. */
export const CODES_PAINTED_MARK = 'codes-painted';

/**
 * Element Timing identifier of the top row's code, whose entry gives the time the code was
 * painted; bench/popup.ts reads it.
 */
export const FIRST_CODE_ELEMENT = 'first-code';
