/**
 * Extension UI drawn over the page, built to resist clickjacking. It lives in a closed shadow
 * root, so page scripts cannot read or restyle its content; it is shown as a manual popover, so
 * it sits in the top layer above the page's own stacking contexts; and a click counts only when
 * it is trusted, arrives CLICK_DELAY_MS after the UI was shown or moved, and lands where nothing
 * else is on top.
 */

/** Clicks sooner than this after showing or moving are ignored: they were aimed at the page. */
const CLICK_DELAY_MS = 500;
const GAP = 8;
/** Elements that are in the top layer, where a later one covers ours despite our z-index. */
const TOP_LAYER = ':popover-open, :modal, :fullscreen';

/** Inline !important declarations beat any page stylesheet aimed at the host element. */
const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'inset:auto',
  'display:block',
  'opacity:1',
  'visibility:visible',
  'z-index:2147483647',
]
  .map((declaration) => `${declaration}!important;`)
  .join('');

const BASE_CSS =
  ':host{font:13px system-ui;color:#222}' +
  '.box{background:#fff;border:1px solid #ccc;border-radius:8px;box-shadow:0 4px 16px #0003;padding:8px 12px;max-width:320px}' +
  'button{font:inherit;margin:8px 8px 0 0;padding:4px 12px;border-radius:6px;border:1px solid #888;background:#fff}' +
  '.primary{background:#16f;border-color:#16f;color:#fff}';

/** Right of the anchor, inside the anchor's right end, or under it. */
export type Placement = 'beside' | 'inside' | 'below';

/** Hosts of the extension's UI, which the covered-field check must not count as a cover. */
export const ownHosts = new WeakSet<Element>();

export interface Layer {
  root: ShadowRoot;
  /** Wrap a click handler so that it runs only for clicks the user really aimed at the UI. */
  guard(handler: () => void): (event: MouseEvent) => void;
  /** Follow the anchor if it moved; moving restarts the click delay. */
  place(): void;
  /** Place again and restart the click delay, for content that changed under the pointer. */
  touch(): void;
  remove(): void;
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Show a new layer at the anchor, placed so that it covers none of the anchor's text. */
export function openLayer(anchor: Element, placement: Placement): Layer {
  const host = document.createElement('mail-authenticator-ui');
  host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'closed' });
  ownHosts.add(host);
  const style = document.createElement('style');
  style.textContent = BASE_CSS;
  root.append(style);

  let shownAt = 0;
  let below = new Set<Element>();
  let left = NaN;
  let top = NaN;

  const place = () => {
    const rect = anchor.getBoundingClientRect();
    const size = host.getBoundingClientRect();
    let x = rect.right + GAP;
    let y = rect.top;
    if (placement === 'inside') {
      x = rect.right - size.width - 2;
      y = rect.top + (rect.height - size.height) / 2;
    }
    if (placement === 'below' || x + size.width > innerWidth) {
      x = Math.max(0, Math.min(rect.left, innerWidth - size.width));
      y = rect.bottom + 4;
    }
    if (x === left && y === top) return;
    [left, top] = [x, y];
    host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    host.style.setProperty('top', `${Math.round(y)}px`, 'important');
    shownAt = performance.now();
  };
  const show = () => {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
    below = new Set(document.querySelectorAll(TOP_LAYER));
    shownAt = performance.now();
  };
  const onMove = () => requestAnimationFrame(place);
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'open') below.delete(event.target as Element);
  };

  host.style.cssText = HOST_STYLE;
  // Outside an open modal dialog everything is inert, even a later popover, so the UI of a QR
  // code shown in a modal dialog goes inside that dialog.
  (anchor.closest(':modal') ?? document.documentElement).append(host);
  show();
  place();
  addEventListener('scroll', onMove, { capture: true, passive: true });
  addEventListener('resize', onMove, { passive: true });
  // toggle does not bubble, but the capture phase still passes the document.
  document.addEventListener('toggle', onToggle, true);

  const covered = (target: Element): boolean => {
    const rect = target.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (document.elementsFromPoint(x, y)[0] !== host) return true;
    // elementsFromPoint skips pointer-events:none, so a see-through top-layer overlay opened
    // after ours is looked for separately.
    const own = host.getBoundingClientRect();
    return Array.from(document.querySelectorAll(TOP_LAYER)).some(
      (other) =>
        other !== host && !below.has(other) && intersects(own, other.getBoundingClientRect()),
    );
  };

  return {
    root,
    guard: (handler) => (event) => {
      const target = event.currentTarget as Element;
      if (!event.isTrusted || performance.now() - shownAt < CLICK_DELAY_MS) return;
      if (!host.isConnected || !host.matches(':popover-open')) return;
      // Show again on top of whatever covers us; the next click, after the delay, may act.
      if (covered(target)) show();
      else handler();
    },
    place,
    touch: () => {
      place();
      shownAt = performance.now();
    },
    remove: () => {
      removeEventListener('scroll', onMove, { capture: true });
      removeEventListener('resize', onMove);
      document.removeEventListener('toggle', onToggle, true);
      host.remove();
    },
  };
}
