import type { Client } from '../../shared/domain/types';

/** A client as a toggle button named by the client's name, with its colour as a dot. */
export function ClientChip({ client, pressed, onToggle }: { client: Pick<Client, 'id' | 'name' | 'color'>; pressed: boolean; onToggle(): void }) {
  return (
    <button type="button" className="chip client-chip" aria-pressed={pressed} onClick={onToggle}>
      <span className="swatch" style={{ background: client.color }} aria-hidden="true" />
      <span className="client-chip-name">{client.name}</span>
    </button>
  );
}

/** The colour dot and name of a client, for lists and headings. */
export function ClientLabel({ client }: { client: Pick<Client, 'name' | 'color'> }) {
  return (
    <span className="client-label">
      <span className="swatch" style={{ background: client.color }} aria-hidden="true" />
      <span>{client.name}</span>
    </span>
  );
}
