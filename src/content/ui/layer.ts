/**
 * Extension UI drawn over the page, built to resist clickjacking. It lives in a closed shadow
 * root, so page scripts cannot read or restyle its content. It is shown as a manual popover, so
 * it sits in the top layer above the page's own stacking contexts. A click counts only when it
 * is trusted, arrives CLICK_DELAY_MS after the UI was shown or moved, and lands where nothing
 * else is on top.
 */

/** Clicks sooner than this after showing or moving are ignored: they were aimed at the page. */
const CLICK_DELAY_MS = 500;
const GAP = 8;
/**
 * Elements that are in the top layer, where a later one covers ours despite our z-index. Only
 * popovers, dialogs and the fullscreen element get there; matching the pseudo-classes on the
 * whole document instead takes tens of milliseconds on a 50,000-element page.
 */
function topLayer(): Element[] {
  const open = Array.from(document.querySelectorAll('[popover], dialog')).filter((element) =>
    element.matches(':popover-open, :modal'),
  );
  return document.fullscreenElement === null ? open : [...open, document.fullscreenElement];
}

/**
 * Inline !important declarations beat any page stylesheet aimed at the host element; all:initial
 * also resets opacity, visibility, filter and transform.
 */
const HOST_STYLE =
  'all:initial!important;position:fixed!important;inset:auto!important;display:block!important;z-index:2147483647!important';

const BASE_CSS =
  '*{font:13px system-ui}.box{background:#fff;border:1px solid #ccc;border-radius:8px;padding:8px;max-width:320px}' +
  'button{margin:8px 8px 0 0;padding:4px 12px;border:1px solid #888;border-radius:6px;background:#fff}.primary{background:#16f;color:#fff}';

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
  let position = '';
  /** Top-layer elements opened before ours, which are therefore under it. */
  let below = new Set<EventTarget | null>();
  const stop = new AbortController();

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
    const next = `${HOST_STYLE};left:${Math.round(x)}px!important;top:${Math.round(y)}px!important`;
    if (next === position) return;
    host.style.cssText = position = next;
    shownAt = performance.now();
  };
  const show = () => {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
    below = new Set(topLayer());
    shownAt = performance.now();
  };
  const onMove = () => requestAnimationFrame(place);

  host.style.cssText = HOST_STYLE;
  // Outside an open modal dialog everything is inert, even a later popover, so the UI of a QR
  // code shown in a modal dialog goes inside that dialog.
  (anchor.closest(':modal') ?? document.documentElement).append(host);
  show();
  place();
  const { signal } = stop;
  addEventListener('scroll', onMove, { capture: true, passive: true, signal });
  addEventListener('resize', onMove, { signal });
  // toggle does not bubble, but the capture phase still passes the document. A popover that
  // opens again after ours is above ours.
  document.addEventListener(
    'toggle',
    (event) => event.newState === 'open' && below.delete(event.target),
    { capture: true, signal },
  );

  // elementsFromPoint skips pointer-events:none, so a see-through top-layer element opened after
  // ours is looked for separately. Any such element counts, wherever it is.
  const covered = (target: Element): boolean => {
    const rect = target.getBoundingClientRect();
    const [first] = document.elementsFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const later = topLayer().some((other) => !ownHosts.has(other) && !below.has(other));
    return first !== host || later;
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
      stop.abort();
      host.remove();
    },
  };
}
