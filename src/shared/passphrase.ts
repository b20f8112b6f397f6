/**
 * Passphrase strength estimate and policy check, shared by the worker and the popup.
 * The estimate counts bits of guessing work in the manner of zxcvbn, with a short list of
 * common passwords in place of its dictionaries, so it is cheap to ship and run on each key
 * press. It overrates passphrases built from dictionary words that are not on the list.
 */
import { t, type MessageKey } from './i18n';
import { fail, ok, type Result } from './result';

/** Lowercase passwords and fragments that guessing tools try first. */
// prettier-ignore
const COMMON = [
  'password', 'passw0rd', 'p@ssw0rd', 'qwerty', 'qwertz', 'azerty', 'letmein', 'welcome',
  'admin', 'administrator', 'login', 'master', 'secret', 'dragon', 'monkey', 'shadow',
  'sunshine', 'princess', 'football', 'baseball', 'superman', 'batman', 'iloveyou', 'trustno1',
  'starwars', 'whatever', 'freedom', 'hello', 'charlie', 'michael', 'jennifer', 'computer',
  'internet', 'summer', 'winter', 'spring', 'autumn', 'changeme', 'default', 'company',
  'office', 'email', 'mailbox', 'alibaba', 'aliyun', 'woaini', 'abc123', 'zaq12wsx',
  '1qaz2wsx', 'qazwsx', 'asdfgh', 'zxcvbn', '123456', '1234567890', '111111', '000000',
  '654321', '666666', '888888', '123123', 'authenticator', 'mail',
];

/** Keyboard rows for adjacent-key sequences such as "qwer" or "asdf". */
const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./'];

/** Bits per character, from the character classes the text uses. */
function bitsPerCharacter(characters: readonly string[]): number {
  let pool = 0;
  if (characters.some((char) => /[a-z]/.test(char))) pool += 26;
  if (characters.some((char) => /[A-Z]/.test(char))) pool += 26;
  if (characters.some((char) => /[0-9]/.test(char))) pool += 10;
  if (characters.some((char) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(char))) pool += 33;
  if (characters.some((char) => char > '\x7e')) pool += 100;
  return Math.log2(Math.max(pool, 2));
}

/** Check whether `next` follows `previous` in the alphabet, in digits or along a keyboard row. */
function continuesSequence(previous: string, next: string): boolean {
  const step = next.toLowerCase().charCodeAt(0) - previous.toLowerCase().charCodeAt(0);
  if (Math.abs(step) === 1) return true;
  const pair = (previous + next).toLowerCase();
  return KEYBOARD_ROWS.some(
    (row) => row.includes(pair) || Array.from(row).reverse().join('').includes(pair),
  );
}

/** Mark the characters covered by common passwords; returns how many such words were found. */
function markCommonWords(lower: string, covered: boolean[]): number {
  let found = 0;
  const words = [...COMMON].sort((a, b) => b.length - a.length);
  for (const word of words) {
    let index = lower.indexOf(word);
    while (index !== -1) {
      if (covered.slice(index, index + word.length).every((mark) => !mark)) {
        covered.fill(true, index, index + word.length);
        found += 1;
      }
      index = lower.indexOf(word, index + 1);
    }
  }
  return found;
}

/** Estimate the guessing work for the text in bits. */
export function estimateBits(text: string): number {
  const characters = Array.from(text);
  if (characters.length === 0) return 0;
  const period = repeatPeriod(characters);
  if (period < characters.length) {
    return (
      estimateBits(characters.slice(0, period).join('')) + Math.log2(characters.length / period)
    );
  }
  const lower = characters.map((char) => char.toLowerCase());
  const covered: boolean[] = characters.map(() => false);
  // Each common word costs about as much as picking one entry of the list and its case.
  let bits = markCommonWords(lower.join(''), covered) * (Math.log2(COMMON.length) + 1);
  const full = bitsPerCharacter(characters);
  characters.forEach((char, index) => {
    if (covered[index] === true) return;
    const previous = characters[index - 1];
    if (previous === undefined) bits += full;
    else if (previous === char) bits += 1;
    else if (continuesSequence(previous, char)) bits += 2;
    else bits += full;
  });
  return bits;
}

/** Shortest period p such that the text is one unit of p characters repeated. */
function repeatPeriod(characters: readonly string[]): number {
  for (let period = 1; period <= characters.length / 2; period++) {
    if (characters.length % period !== 0) continue;
    if (characters.every((char, index) => char === characters[index % period])) return period;
  }
  return characters.length;
}

/**
 * Rate a passphrase from 0 (trivial) to 4 (very strong). The thresholds, in estimated bits,
 * are 25, 40, 55 and 70: 40 bits is about eight random lowercase letters and digits, and
 * 70 bits about four random words from a list of 7,776.
 */
export function passphraseStrength(text: string): 0 | 1 | 2 | 3 | 4 {
  if (COMMON.includes(text.toLowerCase())) return 0;
  const bits = estimateBits(text);
  if (bits < 25) return 0;
  if (bits < 40) return 1;
  if (bits < 55) return 2;
  if (bits < 70) return 3;
  return 4;
}

export interface PassphraseRules {
  /** Minimum length in Unicode code points. */
  minLength: number;
  /** Minimum passphraseStrength() score, 0 to 4. */
  minStrength: number;
}

/** Names of the passphraseStrength() scores, from 0 to 4. */
export const STRENGTH_NAMES: readonly MessageKey[] = [
  'strengthVeryWeak',
  'strengthWeak',
  'strengthFair',
  'strengthStrong',
  'strengthVeryStrong',
];

/** Check a new passphrase against the rules; returns its strength, or the reason it fails. */
export function checkPassphrase(
  text: string,
  rules: PassphraseRules,
): Result<number, 'weak-passphrase'> {
  const length = Array.from(text).length;
  if (length < rules.minLength) {
    return fail(
      'weak-passphrase',
      t('passphraseRuleTooShort', [String(length), String(rules.minLength)]),
    );
  }
  const strength = passphraseStrength(text);
  if (strength < rules.minStrength) {
    const rated = t(STRENGTH_NAMES[strength] ?? 'strengthVeryWeak');
    const required = t(STRENGTH_NAMES[rules.minStrength] ?? 'strengthVeryStrong');
    return fail('weak-passphrase', t('passphraseRuleTooWeak', [rated, required]));
  }
  return ok(strength);
}
