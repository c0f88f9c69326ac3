import type { MessageKey, Translate } from '../../../shared/i18n';
import { timeOf } from '../../../shared/domain/dates';
import { useT } from '../../app/settings';
import type { SaveState } from './useEntryAutosave';

/** "Saving…", "Saved at 21:35", "Not saved: hours must be between 0 and 24" — or just the time. */
export function saveStatusText(t: Translate, state: SaveState, part: 'sentence' | 'time' = 'sentence'): string {
  const time = timeOf(new Date(state.kind === 'saved' ? state.at : Date.now()));
  if (part === 'time') return time;
  switch (state.kind) {
    case 'idle':
      return t('today.status.idle');
    case 'pending':
      return t('today.status.saving');
    case 'saved':
      return t('today.status.saved', { time });
    case 'error':
      return t('today.status.error', { reason: t(`today.error.${state.error}` as MessageKey) });
  }
}

/** The visible, announced save status of the entry being edited. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useT();
  return (
    <p role="status" className={`save-status save-status-${state.kind}`}>
      <span className="save-dot" aria-hidden="true" />
      {saveStatusText(t, state)}
    </p>
  );
}
