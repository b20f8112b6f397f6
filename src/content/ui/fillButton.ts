import { openLayer, type Layer } from './layer';
import { message } from '../i18n';

/**
 * Show the fill button inside the right end of a code field, or under the last of its per-digit
 * boxes. onPress runs for trusted clicks only.
 */
export function openFillButton(anchor: Element, digits: boolean, onPress: () => void): Layer {
  const layer = openLayer(anchor, digits ? 'below' : 'inside');
  const button = document.createElement('button');
  button.className = 'primary';
  button.style.cssText = 'margin:0;padding:1px 6px;font-size:11px';
  button.textContent = message('pageFillButton');
  button.addEventListener('click', layer.guard(onPress));
  layer.root.append(button);
  layer.touch();
  return layer;
}
