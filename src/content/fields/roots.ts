/**
 * Maximum number of light DOM elements on a page whose open shadow roots an automatic scan
 * searches. Finding them means
 * visiting every element, which takes tens of milliseconds on a 50,000-element page; apps built
 * from web components keep most of their elements inside shadow roots, so their light DOM is
 * small and stays under this limit.
 */
export const MAX_LIGHT_ELEMENTS = 5000;

/**
 * Return the document and every open shadow root below it. Closed shadow roots cannot be reached from a
 * content script without browser-specific APIs, and mail pages are not known to use them.
 */
export function openRoots(): ParentNode[] {
  const roots: ParentNode[] = [document];
  for (let index = 0; index < roots.length; index += 1) {
    for (const element of (roots[index] as ParentNode).querySelectorAll('*')) {
      if (element.shadowRoot !== null) roots.push(element.shadowRoot);
    }
  }
  return roots;
}
