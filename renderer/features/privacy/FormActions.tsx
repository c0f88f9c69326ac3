import { useT } from '../../app/settings';

/** A passphrase form's buttons: the action (its label while working) and Cancel, both off while it works. */
export function FormActions({ label, workingLabel, working, danger = false, onCancel }: { label: string; workingLabel: string; working: boolean; danger?: boolean; onCancel(): void }) {
  const { t } = useT();
  return (
    <div className="row">
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={working}>
        {working ? workingLabel : label}
      </button>
      <button type="button" className="button" onClick={onCancel} disabled={working}>
        {t('privacy.action.cancel')}
      </button>
    </div>
  );
}
