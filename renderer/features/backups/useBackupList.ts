import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, DesktopApi } from '../../../shared/ipc/contract';

export type BackupListState =
  | { status: 'loading' }
  | { status: 'ready'; backups: BackupInfo[] }
  | { status: 'error'; detail: string };

/** Newest first: by day, then by the time the file was written (a manual backup after the daily one). */
export function sortBackups(list: readonly BackupInfo[]): BackupInfo[] {
  return [...list].sort((a, b) => b.day.localeCompare(a.day) || b.modifiedAt - a.modifiedAt || a.name.localeCompare(b.name));
}

/** The backup folder's files, loaded on mount and again after each `reload()` (after a backup is written). */
export function useBackupList(api: DesktopApi): { state: BackupListState; reload(): Promise<void> } {
  const [state, setState] = useState<BackupListState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', backups: sortBackups(await api.listBackups()) });
    } catch (error) {
      setState({ status: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}

/** "12,4 Ko" / "1.2 MB", e.g. 12_700 → 12.4 KB (1 KB = 1024 bytes, as file managers show). */
export function sizeParts(bytes: number): { unit: 'kb' | 'mb'; size: number } {
  const kb = bytes / 1024;
  if (kb < 1024) return { unit: 'kb', size: Math.max(0.1, Math.round(kb * 10) / 10) };
  return { unit: 'mb', size: Math.round((kb / 1024) * 10) / 10 };
}
