import { message } from '../i18n';
import { openLayer } from './layer';

export interface Action {
  label: string;
  primary?: boolean;
  run(panel: Panel): void | Promise<void>;
}

/** A message with buttons, shown over the page next to an element. */
export interface Panel {
  update(message: string, actions?: Action[]): void;
  close(): void;
}

/** Open a panel next to the anchor; without actions it offers a Dismiss button. */
export function openPanel(anchor: Element, text: string, actions: Action[] = []): Panel {
  const layer = openLayer(anchor, 'beside');
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'dialog');
  layer.root.append(box);

  const panel: Panel = {
    update(content, next = []) {
      const paragraph = document.createElement('div');
      // textContent, never markup: issuer and account name come from a QR code on the page.
      paragraph.textContent = content;
      const buttons = [...next, { label: message('pageDismiss'), run: () => panel.close() }].map(
        (action) => {
          const button = document.createElement('button');
          button.textContent = action.label;
          if (action.primary === true) button.className = 'primary';
          button.addEventListener(
            'click',
            layer.guard(() => {
              void action.run(panel);
            }),
          );
          return button;
        },
      );
      box.replaceChildren(paragraph, ...buttons);
      layer.touch();
    },
    close: () => layer.remove(),
  };
  panel.update(text, actions);
  return panel;
}
