import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The theme the charts draw in: the app's, except while printing, where paper is white and a dark
 * chart's light text would vanish. Both signals are followed: the print events (window.print())
 * and the print media query (what a PDF printer or an emulated print medium switches). flushSync
 * so the light charts are in place before the page is laid out for print.
 */
export function useChartTheme(theme: 'light' | 'dark'): 'light' | 'dark' {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.('print').matches);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const query = window.matchMedia?.('print');
    const onQuery = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query?.addEventListener('change', onQuery);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query?.removeEventListener('change', onQuery);
    };
  }, []);
  return printing ? 'light' : theme;
}
