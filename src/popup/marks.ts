/** Name of the performance mark set when the first codes are in the popup, read by bench/popup.ts. */
export const CODES_PAINTED_MARK = 'codes-painted';
