import type { Client, Lang } from '../../../shared/domain/types';
import { formatShortDay } from '../../../shared/domain/dates';
import type { Translate } from '../../../shared/i18n';

/** "Active", "Paused", or "Ended on 3 Mar 2025" / "Terminé le 3 mars 2025". */
export function statusText(client: Pick<Client, 'status' | 'endedOn'>, t: Translate, lang: Lang): string {
  if (client.status === 'ended' && client.endedOn) return t('clients.status.endedOn', { date: formatShortDay(client.endedOn, lang) });
  return t(`clients.status.${client.status}`);
}
