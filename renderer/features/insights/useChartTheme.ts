import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The theme the charts draw in: the app's, except while printing, where paper is white and a dark
 * chart's light text would vanish. flushSync so the light charts are in place before the page is laid out for print.
 */
export function useChartTheme(theme: 'light' | 'dark'): 'light' | 'dark' {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? 'light' : theme;
}
