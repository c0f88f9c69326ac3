import { memo, useId, useRef, useState } from 'react';
import type { Client, ClientLink, Signal } from '../../../shared/domain/types';
import type { SignalUsage } from '../../../shared/domain/signalUsage';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { createClient, sortClients } from '../../db/clients';
import { ClientChip } from '../../components/ClientChip';
import { InlineAdd } from '../../components/InlineAdd';
import { ChipToolbar } from '../../components/ChipToolbar';
import { ClientLinkPanel } from './ClientLinkPanel';

interface Props {
  links: ClientLink[];
  clients: Client[];
  signals: Signal[];
  usage: SignalUsage;
  onChange(change: (links: ClientLink[]) => ClientLink[]): void;
}

/**
 * The clients of an entry: active ones as toggle buttons (paused ones behind a toggle, ended ones
 * hidden unless already picked), a new client added inline, and a panel per picked client.
 */
export const EntryClients = memo(function EntryClients({ links, clients, signals, usage, onChange }: Props) {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const [showPaused, setShowPaused] = useState(false);
  // Unpicking a client by mistake and picking it again brings back what was recorded for it.
  const removed = useRef(new Map<string, ClientLink>());
  const picked = new Set(links.map((l) => l.clientId));
  const sorted = sortClients(clients, lang);
  const visible = sorted.filter((c) => c.status === 'active' || picked.has(c.id) || (showPaused && c.status === 'paused'));
  const hiddenPaused = sorted.some((c) => c.status === 'paused' && !picked.has(c.id));
  const byId = new Map(clients.map((c) => [c.id, c]));

  const toggle = (clientId: string) => {
    onChange((current) => {
      const link = current.find((l) => l.clientId === clientId);
      if (!link) return [...current, removed.current.get(clientId) ?? { clientId, felt: null, signals: [] }];
      removed.current.set(clientId, link);
      return current.filter((l) => l.clientId !== clientId);
    });
  };

  const add = async (name: string) => {
    const result = await createClient(db, { name });
    if (!result.ok) return t(`today.clients.error.${result.error}` as MessageKey, { name: name.trim() });
    onChange((current) => [...current, { clientId: result.value.id, felt: null, signals: [] }]);
    return null;
  };

  return (
    <section className="entry-section entry-clients" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{t('today.clients.title')}</h2>
        {hiddenPaused || showPaused ? (
          <button type="button" className="chip chip-small chip-quiet" aria-pressed={showPaused} onClick={() => setShowPaused(!showPaused)}>
            {t('today.clients.showPaused')}
          </button>
        ) : null}
      </div>
      {clients.length === 0 && <p className="muted">{t('today.clients.none')}</p>}
      {visible.length > 0 && (
        <ChipToolbar className="chips" label={t('today.clients.picker')}>
          {visible.map((c) => (
            <ClientChip key={c.id} client={c} pressed={picked.has(c.id)} onToggle={() => toggle(c.id)} />
          ))}
        </ChipToolbar>
      )}
      <InlineAdd
        className="client-add"
        label={t('today.clients.newName')}
        buttonLabel={t('today.clients.add')}
        onAdd={add}
        successMessage={(name) => t('today.clients.added', { name })}
      />
      {links.map((link) => {
        const client = byId.get(link.clientId);
        if (!client) return null;
        return (
          <ClientLinkPanel
            key={link.clientId}
            client={client}
            link={link}
            signals={signals}
            usage={usage}
            onChange={(change) => onChange((current) => current.map((l) => (l.clientId === link.clientId ? change(l) : l)))}
          />
        );
      })}
    </section>
  );
});
