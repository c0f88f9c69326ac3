import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../app/settings';

export interface ToastAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  tone?: 'info' | 'error';
  action?: ToastAction;
  /** Moves the keyboard focus to the action (e.g. "Undo" right after a delete). */
  focusAction?: boolean;
}

interface ToastApi {
  notify(toast: Omit<Toast, 'id'>): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const DISMISS_AFTER_MS = 10_000;

/** Announces messages politely (errors assertively); an action such as "Undo" can be taken with the keyboard. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((x) => x.id !== id)), []);
  const notify = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-2), { ...toast, id }]);
  }, []);
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="region" aria-label={t('app.toast.region')}>
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} onDismiss={dismiss} dismissLabel={t('app.toast.dismiss')} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss, dismissLabel }: { toast: Toast; onDismiss(id: number): void; dismissLabel: string }) {
  const actionRef = useRef<HTMLButtonElement>(null);
  const { id } = toast;
  // One timer per toast, not restarted when the list around it re-renders.
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(id), DISMISS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [id, onDismiss]);
  useEffect(() => {
    if (toast.focusAction) actionRef.current?.focus();
  }, [toast.focusAction]);
  return (
    <div className={`toast toast-${toast.tone ?? 'info'}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
      {toast.action && (
        <button
          ref={actionRef}
          type="button"
          className="button button-small"
          onClick={async () => {
            onDismiss(id);
            await toast.action!.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={dismissLabel} onClick={() => onDismiss(id)}>
        ×
      </button>
    </div>
  );
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}
