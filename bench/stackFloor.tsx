/**
 * The stack's floor for a cold start (bench/waits.mjs): React DOM and Dexie, the app's own database
 * opened with its schema, one read transaction of what Today shows (the settings, the day's entries,
 * the clients), then one render of the day's ratings as radios. No strings, no dates library, no
 * screens: what any Today built on this stack costs at the least, to compare the app's cold start with.
 */
import { createRoot } from 'react-dom/client';
import { openHumeurDb } from '../renderer/db/schema';

function localDay(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function start() {
  const db = openHumeurDb();
  await db.open();
  const day = localDay();
  const [settings, entries, clients] = await db.transaction('r', [db.settings, db.entries, db.clients], () =>
    Promise.all([db.settings.toArray(), db.entries.where('day').equals(day).toArray(), db.clients.toArray()]),
  );
  createRoot(document.getElementById('root')!).render(
    <main data-settings={settings.length}>
      <h1>{day}</h1>
      <fieldset>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n}>
            <input type="radio" name="mood" value={n} defaultChecked={entries[0]?.mood === n} />
            {n}
          </label>
        ))}
      </fieldset>
      <ul>
        {clients.map((c) => (
          <li key={c.id}>{c.name}</li>
        ))}
      </ul>
    </main>,
  );
}

void start();
