/**
 * The document and every open shadow root below it. Closed shadow roots cannot be reached from a
 * content script without browser-specific APIs, and mail pages are not known to use them.
 * NOTE: this visits every element, so the scanner calls it only when the light DOM has no
 * candidate; bench/content.ts measures its cost on large pages.
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
