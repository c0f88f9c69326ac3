import { localeTag } from '../../../shared/i18n';
import { clientSignalsReading, metricNoun, signalComparison, signalReading, verdictLabel } from '../../../shared/stats/readings';
import { ChartFigure } from './ChartFigure';
import { ScrollTable } from './ScrollTable';
import { EffectBarsChart, signalBars } from './charts';
import { EffectCells, EffectHeaderCells } from './EffectCells';
import type { InsightSectionProps } from './sectionProps';

interface Props extends InsightSectionProps {
  signalName: (signalId: string) => string;
}

/**
 * Which signals come with which client, as a heat table: it is its own data table (each cell says
 * "9 of 24 days"), the shade only repeats the share.
 */
export function SignalsPerClientSection({ insights, look, signalName, lang, t }: Omit<Props, 'metric' | 'theme'>) {
  const rows = insights.signals.byClient.filter((r) => r.daysWith > 0);
  const signalIds = [...new Set(rows.flatMap((r) => r.signals.map((s) => s.signalId)))];
  const readings = rows.map((r) => clientSignalsReading(t, look(r.clientId).name, r, signalName));
  // "25 %" in French (narrow no-break space), "25%" in English.
  const percent = new Intl.NumberFormat(localeTag(lang), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ChartFigure title={t('insights.signals.title')} reading={signalIds.length === 0 ? t('insights.signals.none') : readings.map((r) => <span key={r} className="reading-line">{r}</span>)} note={t('insights.signals.caption')}>
      {signalIds.length > 0 && (
        <ScrollTable label={t('insights.signals.title')}>
          <table className="data heat-table">
            <thead>
              <tr>
                <th scope="col">{t('insights.col.client')}</th>
                {signalIds.map((id) => (
                  <th key={id} scope="col" className="num">
                    {signalName(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const counts = new Map(r.signals.map((s) => [s.signalId, s]));
                return (
                  <tr key={r.clientId}>
                    <th scope="row">
                      <span className="swatch" style={{ background: look(r.clientId).color }} aria-hidden="true" /> {look(r.clientId).name}
                    </th>
                    {signalIds.map((id) => {
                      const c = counts.get(id);
                      const share = c?.share ?? 0;
                      return (
                        <td key={id} className="num heat-cell" style={{ ['--share' as string]: `${Math.round(share * 45)}%` }}>
                          {c ? (
                            <>
                              {percent.format(share)}<small>{t('insights.col.share', { count: c.days, total: r.daysWith })}</small>
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </ChartFigure>
  );
}

/** The day's score with each signal versus without, as bars coloured by what they show. */
export function SignalEffectsSection({ insights, signalName, metric, lang, t, theme }: Omit<Props, 'look'>) {
  const effects = insights.signals.effects.map(signalComparison);
  const bars = signalBars(effects, signalName);
  const metricName = metricNoun(t, metric);
  // The three clearest differences in words; the table holds every signal.
  const clear = effects
    .filter((_, i) => bars[i].verdict === 'drains' || bars[i].verdict === 'lifts')
    .sort((a, b) => Math.abs(b.effect ?? 0) - Math.abs(a.effect ?? 0))
    .slice(0, 3);
  const readings = (clear.length > 0 ? clear : effects.slice(0, 1)).map((e) => signalReading(t, lang, signalName(e.signalId), metric, e));
  return (
    <ChartFigure
      title={t('insights.signals.effects.title', { metric: metricName })}
      reading={effects.length === 0 ? t('insights.signals.none') : readings.map((r) => <span key={r} className="reading-line">{r}</span>)}
      note={t('insights.signals.effects.caption', { metric: metricName })}
      table={
        effects.length === 0
          ? undefined
          : () => (
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('insights.col.signal')}</th>
                    <th scope="col">{t('insights.col.verdict')}</th>
                    <EffectHeaderCells t={t} />
                  </tr>
                </thead>
                <tbody>
                  {effects.map((e, i) => (
                    <tr key={e.signalId}>
                      <th scope="row">{signalName(e.signalId)}</th>
                      <td>{verdictLabel(t, bars[i].verdict)}</td>
                      <EffectCells row={e} lang={lang} t={t} />
                    </tr>
                  ))}
                </tbody>
              </table>
            )
      }
    >
      {bars.some((b) => b.effect !== null) && <EffectBarsChart rows={bars} metric={metric} lang={lang} theme={theme} colorBy="verdict" />}
    </ChartFigure>
  );
}
