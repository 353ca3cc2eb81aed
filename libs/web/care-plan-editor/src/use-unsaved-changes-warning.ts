import { useEffect } from 'react';

export const UNSAVED_CHANGES_QUESTION = 'You have unsaved changes to this care plan. Leave without saving them?';

/**
 * While `dirty`, asks before the page goes away: the browser's own prompt on reload or close, and
 * a confirm before following an in-app link (the app uses a plain BrowserRouter, so react-router's
 * data-router blocker is not available; link clicks are caught before the router sees them).
 */
const browserConfirm = (question: string): boolean => window.confirm(question);

export function useUnsavedChangesWarning(dirty: boolean, confirmLeave: (question: string) => boolean = browserConfirm): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      if (!confirmLeave(UNSAVED_CHANGES_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, confirmLeave]);
}
