/**
 * Checks made before a code goes into a field. Each one stops a way a hostile or broken page
 * could capture a code: a hidden or transparent field receives it without the user seeing it,
 * and a field under an overlay takes a code the user thinks goes elsewhere.
 */

import { message } from './i18n';
import { ownHosts } from './ui/layer';

/** Product of the ancestors' opacity below which a field counts as invisible. */
const MIN_OPACITY = 0.1;
/** Smallest width and height, in CSS pixels, of a field the user can see. */
const MIN_SIZE = 8;

function opacity(element: Element): number {
  let product = 1;
  for (let node: Element | null = element; node !== null;) {
    product *= Number(getComputedStyle(node).opacity);
    // Step over the boundary of an open shadow root to its host.
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return product;
}

/** Return the topmost element at a point, looking inside open shadow roots. */
function elementAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (inner === null || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * Return why the input must not be filled, or null when it is safe. An input outside the
 * viewport is scrolled into it first, as a user would.
 */
export function unsafeReason(input: HTMLInputElement): string | null {
  if (input.disabled || input.readOnly) return message('pageFieldReadOnly');
  // visibility is inherited, so the input's own computed value covers its ancestors.
  const { width, height } = input.getBoundingClientRect();
  if (getComputedStyle(input).visibility !== 'visible' || Math.min(width, height) < MIN_SIZE) {
    return message('pageFieldHidden');
  }
  if (opacity(input) < MIN_OPACITY) return message('pageFieldTransparent');

  // "nearest" scrolls only when the field is not in view already.
  input.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = input.getBoundingClientRect();
  const hit = elementAt(rect.left + rect.width / 2, rect.top + rect.height / 2);
  // Clicking the field's own label focuses the field, so a label drawn over it is no threat.
  const labels = Array.from(input.labels ?? []);
  if (hit === input || (hit !== null && ownHosts.has(hit))) return null;
  if (labels.some((label) => hit !== null && label.contains(hit))) return null;
  return message('pageFieldCovered');
}

/**
 * Return null in the top frame and in frames whose ancestors all share its origin, else the
 * reason for the popup. A cross-origin frame could be laid out to trick a click on the page, so
 * only a request from outside the page (popup, keyboard shortcut) may fill it.
 */
export function crossOriginFrame(): string | null {
  try {
    for (let frame: Window = window; frame !== top; frame = frame.parent) {
      // Reading the location of a cross-origin window throws a SecurityError.
      if (frame.parent.location.origin !== location.origin) throw new Error();
    }
    return null;
  } catch {
    return message('pageCrossOriginFrame');
  }
}
