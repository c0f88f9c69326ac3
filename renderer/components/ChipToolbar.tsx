import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  /** The group's accessible name, e.g. "Signals with Acme". */
  label: string;
  className?: string;
  id?: string;
  children: ReactNode;
}

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A row of toggle chips as one Tab stop (the WAI-ARIA toolbar pattern): Tab enters on the chip
 * last used, arrow keys move between chips, Home and End jump to the ends, Space or Enter toggles.
 * Three clients with nine signals each are then three Tab stops instead of twenty-seven.
 */
export function ChipToolbar({ label, className, id, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);

  const buttons = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>(':scope > button:not(:disabled)') ?? [])];
  const settle = () => {
    const list = buttons();
    if (list.length === 0) return;
    current.current = Math.min(current.current, list.length - 1);
    list.forEach((b, i) => (b.tabIndex = i === current.current ? 0 : -1));
  };
  // After every render: chips come and go (a signal added, "more" opened), one must stay tabbable.
  useLayoutEffect(settle);

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const index = buttons().indexOf(e.target as unknown as HTMLButtonElement);
    if (index === -1) return;
    current.current = index;
    settle();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = buttons();
    const index = list.indexOf(e.target as unknown as HTMLButtonElement);
    if (index === -1) return;
    let next: number | null = null;
    if (e.key in NEXT) next = (index + NEXT[e.key] + list.length) % list.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    if (next === null) return;
    e.preventDefault();
    current.current = next;
    settle();
    list[next].focus();
  };

  return (
    <div ref={ref} id={id} role="toolbar" aria-label={label} className={className} onFocus={onFocus} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
