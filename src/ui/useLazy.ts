import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Load a component from a separate chunk the first time `needed` is true, and return it once
 * loaded (null before). Smaller than preact/compat's lazy and Suspense, which the popup would
 * otherwise have to bundle.
 */
export function useLazy<Props>(
  load: () => Promise<{ default: ComponentType<Props> }>,
  needed: boolean,
): ComponentType<Props> | null {
  const [component, setComponent] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    if (!needed || component !== null) return;
    let current = true;
    void load().then((module) => {
      // A function passed to setState would be called as an updater, so wrap it.
      if (current) setComponent(() => module.default);
    });
    return () => {
      current = false;
    };
  }, [needed, component, load]);
  return component;
}
