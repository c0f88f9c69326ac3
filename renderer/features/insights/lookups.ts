import { signalLabel } from '../../../shared/domain/signals';
import type { Client, Lang, Signal } from '../../../shared/domain/types';
import type { ClientLook } from './charts';

const UNKNOWN_COLOR = '#8a847b';

/** Name and colour by client id; a client missing from the table (deleted) still gets a name. */
export function clientLooks(clients: readonly Client[], unknownName: string): (clientId: string) => ClientLook {
  const byId = new Map(clients.map((c) => [c.id, { name: c.name, color: c.color }]));
  return (clientId) => byId.get(clientId) ?? { name: unknownName, color: UNKNOWN_COLOR };
}

/** A signal's label in the UI language, the id itself for a signal that no longer exists. */
export function signalNames(signals: readonly Signal[], lang: Lang): (signalId: string) => string {
  const byId = new Map(signals.map((s) => [s.id, signalLabel(s, lang)]));
  return (signalId) => byId.get(signalId) ?? signalId;
}
