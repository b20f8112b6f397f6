import { openLayer, type Layer } from './layer';
import { strings } from './strings';

/** Show the fill button at the end of a code field; onPress runs for trusted clicks only. */
export function openFillButton(anchor: Element, onPress: () => void): Layer {
  const layer = openLayer(anchor, 'after');
  const button = document.createElement('button');
  button.className = 'primary';
  button.style.margin = '0';
  button.textContent = strings.fillButton;
  button.addEventListener('click', layer.guard(onPress));
  layer.root.append(button);
  return layer;
}
