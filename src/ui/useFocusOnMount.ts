import { useEffect, useRef } from 'preact/hooks';

/**
 * Return a ref that moves focus to its element once, when the view appears, so keyboard and
 * screen reader users start at the view's heading. The element needs tabIndex={-1}.
 */
export function useFocusOnMount<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
