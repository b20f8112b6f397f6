/** Performance mark set when the popup's script starts running, read by bench/popup.ts. */
export const SCRIPT_START_MARK = 'popup-script-start';

/** Performance mark set when the first codes are in the popup, read by bench/popup.ts. */
export const CODES_PAINTED_MARK = 'codes-painted';
