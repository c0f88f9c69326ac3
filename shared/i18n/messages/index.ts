import { app } from './app';
import { backupErrors } from './backupErrors';
import { backups } from './backups';
import { clients } from './clients';
import { emptyStates } from './emptyStates';
import { explain } from './explain';
import { exportDoc } from './exportDoc';
import { exporting } from './exporting';
import { frictions } from './frictions';
import { idealCriteria } from './idealCriteria';
import { importing } from './importing';
import { importErrors } from './importErrors';
import { importMore } from './importMore';
import { insights } from './insights';
import { journal } from './journal';
import { menu } from './menu';
import { readings } from './readings';
import { reminder } from './reminder';
import { settings } from './settings';
import { shell } from './shell';
import { signalsAdmin } from './signalsAdmin';
import { today } from './today';
import { privacy } from './privacy';
import { welcome } from './welcome';
import { writing } from './writing';

/** Every UI string, by namespace. Each namespace lives in its own file, owned by its feature. */
export const catalogs = {
  app, today, journal, clients, insights, readings, exporting, importing, settings, exportDoc, backupErrors, menu, importErrors, backups, shell, importMore, explain,
  frictions, signalsAdmin, idealCriteria, reminder, writing, welcome, emptyStates, privacy,
};

type Catalogs = typeof catalogs;
/** e.g. "today.mood" — the one typed key set for the whole UI. */
export type MessageKey = {
  [N in keyof Catalogs]: `${N & string}.${keyof Catalogs[N]['en'] & string}`;
}[keyof Catalogs];
