import { useSyncExternalStore } from 'react';
import { useDb } from '../../app/DbContext';
import { vaultOf, type Vault, type VaultStatus } from '../../db/vault/state';

/** The vault of the open journal and its status ('off', 'locked', 'unlocked'), re-rendering on change. */
export function useVault(): { vault: Vault; status: VaultStatus } {
  const db = useDb();
  const vault = vaultOf(db);
  const status = useSyncExternalStore(
    (listener) => vault.subscribe(listener),
    () => vault.status,
  );
  return { vault, status };
}
