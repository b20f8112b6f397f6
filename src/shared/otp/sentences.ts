import { t } from '../i18n';

/**
 * Joins the sentences of one message as the user's language does: English puts a space after
 * a full stop, and Chinese, whose full stop "。" is full width, puts none.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .filter((sentence) => sentence !== '')
    .reduce(
      (joined, sentence) => (joined === '' ? sentence : t('keyTwoSentences', [joined, sentence])),
      '',
    );
}
