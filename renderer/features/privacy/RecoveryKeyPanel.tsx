import { useState } from 'react';
import { useSettings } from '../../app/settings';
import { useToasts } from '../../components/Toasts';
import { platform } from '../../platform';

interface Props {
  recoveryKey: string;
  working: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The recovery key, shown once before the journal is encrypted: print it, copy it, then confirm. */
export function RecoveryKeyPanel({ recoveryKey, working, onConfirm, onCancel }: Props) {
  const { t, lang } = useSettings();
  const { notify } = useToasts();
  const [stored, setStored] = useState(false);

  async function print() {
    const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escapeHtml(t('privacy.recovery.printTitle'))}</title>
<body style="font-family: system-ui, sans-serif; margin: 3cm 2cm"><h1>${escapeHtml(t('privacy.recovery.printTitle'))}</h1>
<p style="font: 600 20pt ui-monospace, monospace; letter-spacing: 0.05em">${escapeHtml(recoveryKey)}</p>
<p>${escapeHtml(t('privacy.recovery.body'))}</p><p><strong>${escapeHtml(t('privacy.recovery.warning'))}</strong></p></body></html>`;
    await platform().printToPdf({ html, pageSize: 'A4', defaultName: 'humeur-recovery-key.pdf', title: t('privacy.recovery.printTitle') });
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      notify({ message: t('privacy.recovery.copied') });
    } catch {
      // Clipboard refused (permissions): the key stays on screen to copy by hand.
    }
  }

  return (
    <div className="stack recovery-panel" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{t('privacy.recovery.title')}</h3>
      <p>{t('privacy.recovery.body')}</p>
      <output className="recovery-key" aria-label={t('privacy.recovery.title')}>
        {recoveryKey}
      </output>
      <p className="recovery-warning">
        <strong>{t('privacy.recovery.warning')}</strong>
      </p>
      <div className="row">
        <button type="button" className="button" onClick={() => void print()}>
          {t('privacy.recovery.print')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('privacy.recovery.copy')}
        </button>
      </div>
      <label className="choice">
        <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <span>{t('privacy.recovery.stored')}</span>
      </label>
      <div className="row">
        <button type="button" className="button button-primary" disabled={!stored || working} onClick={onConfirm}>
          {working ? t('privacy.encrypting') : t('privacy.recovery.confirm')}
        </button>
        <button type="button" className="button" disabled={working} onClick={onCancel}>
          {t('privacy.action.cancel')}
        </button>
      </div>
    </div>
  );
}
