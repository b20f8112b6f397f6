import { CODE_WORDS, IDENTITY_WORDS, NEVER_WORDS, SMS_WORDS, WEAK_CODE_WORDS } from './words';

/** Purpose of an input. A 'weak' field is a code field only on a page that is about codes. */
export type FieldKind = 'code' | 'sms' | 'weak';

/** A code field: one input, or one input per digit in the order they are typed. */
export interface Field {
  kind: FieldKind;
  boxes: HTMLInputElement[];
}

const TEXT_TYPES = new Set(['text', 'tel', 'number']);
/** Autocomplete tokens of identity and address fields, which are never code fields. */
const IDENTITY_AUTOCOMPLETE = /user|mail|pass|tel|name|addr|cc-|postal|country/;

function isTextLike(input: HTMLInputElement): boolean {
  return TEXT_TYPES.has(input.type);
}

function classifyText(text: string): FieldKind | 'never' | null {
  if (NEVER_WORDS.test(text)) return 'never';
  if (SMS_WORDS.test(text)) return 'sms';
  if (CODE_WORDS.test(text)) return 'code';
  if (IDENTITY_WORDS.test(text)) return 'never';
  return WEAK_CODE_WORDS.test(text) ? 'weak' : null;
}

/** Text of the nearest ancestor, at most three levels up, that has short text of its own. */
export function contextText(element: Element, maxLength = 120): string {
  let node = element.parentElement;
  for (let depth = 0; node !== null && depth < 3; depth += 1) {
    const text = `${node.getAttribute('aria-label') ?? ''} ${node.textContent}`.trim();
    if (text.length > maxLength) break;
    if (text !== '') return text;
    node = node.parentElement;
  }
  return '';
}

function ownText(input: HTMLInputElement): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  const parts = [
    input.name,
    input.id,
    input.placeholder,
    input.title,
    input.getAttribute('aria-label'),
  ];
  for (const label of input.labels ?? []) parts.push(label.textContent);
  for (const id of (input.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    if (id !== '') parts.push(root.getElementById(id)?.textContent ?? '');
  }
  return parts.join(' ').toLowerCase();
}

/**
 * Classify one input, or a group of per-digit boxes by its first box. The input's own name,
 * label and ARIA text decide first; the surrounding text is read only when they decide nothing,
 * because one container often holds both the SMS and the authenticator field.
 */
export function classify(input: HTMLInputElement): FieldKind | null {
  if (!isTextLike(input)) return null;
  const autocomplete = input.autocomplete.toLowerCase();
  const oneTimeCode = autocomplete.includes('one-time-code');
  if (!oneTimeCode && IDENTITY_AUTOCOMPLETE.test(autocomplete)) return null;

  let kind = classifyText(ownText(input));
  if (kind === null || kind === 'weak') {
    const around = classifyText(contextText(input).toLowerCase());
    if (around !== null && around !== 'weak') kind = around;
  }
  if (kind === 'never') return null;
  return kind ?? (oneTimeCode || input.inputMode === 'numeric' ? 'weak' : null);
}

/** Return the per-digit boxes that this single-character input belongs to, or null. */
function digitGroup(box: HTMLInputElement): HTMLInputElement[] | null {
  let node = box.parentElement;
  for (let depth = 0; node !== null && depth < 3; depth += 1) {
    const inputs = Array.from(node.querySelectorAll('input')).filter(isTextLike);
    if (inputs.length >= 4) {
      return inputs.length <= 8 && inputs.every((input) => input.maxLength === 1) ? inputs : null;
    }
    node = node.parentElement;
  }
  return null;
}

/** Find the code and SMS fields among the inputs of the given roots. */
export function findFields(roots: readonly ParentNode[]): Field[] {
  const fields: Field[] = [];
  const grouped = new Set<HTMLInputElement>();
  for (const root of roots) {
    const inputs =
      root instanceof Document
        ? root.getElementsByTagName('input')
        : root.querySelectorAll('input');
    for (const input of inputs) {
      if (grouped.has(input)) continue;
      const group = input.maxLength === 1 ? digitGroup(input) : null;
      for (const box of group ?? []) grouped.add(box);
      const boxes = group ?? [input];
      const kind = classify(input) ?? (group === null ? null : groupKind(boxes));
      if (kind !== null) fields.push({ kind, boxes });
    }
  }
  return fields;
}

/** Per-digit boxes rarely carry a label of their own; their container's text decides. */
function groupKind(boxes: HTMLInputElement[]): FieldKind | null {
  const first = boxes[0];
  const container = first?.parentElement;
  if (container === null || container === undefined) return null;
  const kind = classifyText(contextText(container, 200).toLowerCase());
  return kind === 'never' ? null : (kind ?? 'weak');
}
