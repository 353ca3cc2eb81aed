import { useCallback, useSyncExternalStore } from 'react';

/** Below 640 px wide: a phone held upright. Lists become cards and the header collapses to a menu. */
export const PHONE_MEDIA_QUERY = '(max-width: 639.98px)';

/**
 * Whether a CSS media query matches now, updated as the window changes. Where there is no
 * `matchMedia` (server, jsdom) it answers false: the desk layout.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches,
    () => false,
  );
}

/** True on a phone-sized screen (see PHONE_MEDIA_QUERY). */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_MEDIA_QUERY);
}
