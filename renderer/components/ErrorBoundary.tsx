import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Lang } from '../../shared/domain/types';
import { translate } from '../../shared/i18n';

interface Props {
  lang: Lang;
  children: ReactNode;
}

/** An unexpected error shows itself in the UI language — never a silent blank window. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Humeur error', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = (key: Parameters<typeof translate>[1]) => translate(this.props.lang, key);
    return (
      <main className="fatal" role="alert">
        <h1>{t('app.error.title')}</h1>
        <p>{t('app.error.body')}</p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('app.error.reload')}
        </button>
        <details>
          <summary>{t('app.error.details')}</summary>
          <pre>{String(error.stack ?? error.message)}</pre>
        </details>
      </main>
    );
  }
}
