import { t } from '../shared/i18n';

/** Whole numbers that a setting accepts, bounds included. */
export interface NumberRange {
  min: number;
  max: number;
}

/**
 * Check the text of a number field and return why it cannot be saved, or null when it is a
 * whole number within the range. The worker rejects such values as well. This check lets the
 * page show the reason beside the field before anything is sent.
 */
export function numberProblem(text: string, range: NumberRange): string | null {
  const bounds = [String(range.min), String(range.max)];
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return t('optionsNumberMissing', bounds);
  if (!Number.isInteger(value)) return t('optionsNumberNotWhole', [trimmed, ...bounds]);
  if (value < range.min) return t('optionsNumberTooLow', [trimmed, ...bounds]);
  if (value > range.max) return t('optionsNumberTooHigh', [trimmed, ...bounds]);
  return null;
}
