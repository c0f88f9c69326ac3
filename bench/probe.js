// Injected into every page the bench of waits opens (Playwright addInitScript), before the page's
// own scripts. It watches the DOM from inside the page, on every mutation and every animation frame,
// so a wait is timed by the page's own clock from the person's input (the event's timeStamp) to the
// first frame where the control is usable — no round trip to the driver in the figure.
(() => {
  const q = (s) => document.querySelector(s);
  const qa = (s) => [...document.querySelectorAll(s)];
  const visible = (el) => !!el && !el.disabled && el.getClientRects().length > 0;
  let snapshot = '';
  const conditions = {
    blank: () => visible(q('button')),
    shell: () => !!q('nav.sidebar') && !!q('main h1') && !q('main .loading'),
    // Today is usable when its mood radios are on screen and enabled.
    today: () => visible(q('main .entry-editor input[type="radio"], main input[type="radio"]')) && !q('main .loading'),
    journal: () => !!q('.journal-days .journal-day article, .journal-days .journal-day') && q('.journal-timeline')?.getAttribute('aria-busy') === 'false',
    ranking: () => !!q('.insights .insight-section.ranking tbody tr'),
    charts: () => {
      const charts = qa('.insights .insight-chart');
      return charts.length > 0 && charts.every((c) => c.querySelector('svg, table')) && !q('.insights .insight-pending');
    },
    // The charts below the ranking show the same choice as the ranking, every one drawn.
    caughtUp: () => {
      const now = q('.insights .insights-now')?.dataset.choice;
      // A build that draws every section in one go: the charts changed with the ranking.
      if (!q('.insights .insights-now')) return conditions.charts() && conditions.rankingChanged();
      return !!now && now === q('.insights .insights-later')?.dataset.choice && conditions.charts() && conditions.rankingChanged();
    },
    rankingChanged: () => {
      const table = q('.insights .insight-section.ranking tbody');
      return !!table && table.textContent !== snapshot;
    },
    // The Journal shows the results of exactly what is in the search field.
    searched: () => {
      const input = q('.journal input[type="search"]');
      const timeline = q('.journal-timeline');
      return !!input && !!timeline && timeline.getAttribute('aria-busy') === 'false' && timeline.dataset.search === input.value.trim();
    },
    saved: () => !!q('.save-status-saved'),
    imported: () => qa('main h2, main h3, main [role="status"], main p').some((el) => /Import finished|was merged into your journal/.test(el.textContent ?? '')),
  };

  const LOAD = ['blank', 'shell', 'today', 'journal'];
  const seen = {};
  let lastMutation = performance.now();
  let armed = null;
  let firstInput = null;

  const check = () => {
    const now = performance.now();
    // Only the cheap "screen is up" conditions are watched from the start, and each until it holds,
    // so the probe costs the page next to nothing.
    for (const name of LOAD) if (seen[name] === undefined && conditions[name]()) seen[name] = now;
    if (armed && firstInput !== null) {
      for (const name of armed.names) if (armed.at[name] === undefined && conditions[name]()) armed.at[name] = now;
      if (armed.names.every((n) => armed.at[n] !== undefined) && now - lastMutation >= armed.quietMs) {
        const a = armed;
        armed = null;
        const out = {};
        for (const n of a.names) out[n] = a.at[n] - firstInput;
        out.input = firstInput;
        // The last change to the page before it went quiet: when the screen was complete.
        out.settled = Math.max(...a.names.map((n) => a.at[n]), lastMutation) - firstInput;
        a.resolve(out);
      }
    }
  };
  const frame = () => {
    check();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observe = () => {
    new MutationObserver(() => {
      lastMutation = performance.now();
      check();
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  observe();
  for (const type of ['keydown', 'mousedown', 'click', 'change']) {
    window.addEventListener(type, (e) => {
      if (armed && firstInput === null) firstInput = e.timeStamp;
    }, true);
  }

  window.__probe = {
    /** When each condition first held, in ms since the navigation started. */
    seen: () => ({ ...seen }),
    /**
     * Starts watching for `names` after the next input event; result() resolves with each one's
     * delay from that input, and `settled`, once the page has been quiet for quietMs.
     */
    arm(names, quietMs = 0) {
      snapshot = q('.insights .insight-section.ranking tbody')?.textContent ?? '';
      firstInput = null;
      window.__probeResult = new Promise((resolve) => {
        armed = { names, quietMs, at: {}, resolve };
      });
      return true;
    },
    /** Each condition's delay; on a timeout, the ones reached so far (the others missing). */
    result: (timeoutMs = 60000) =>
      Promise.race([
        window.__probeResult,
        new Promise((resolve) =>
          setTimeout(() => {
            const a = armed;
            armed = null;
            const out = { timedOut: a ? a.names.filter((n) => a.at[n] === undefined) : [] };
            if (a && firstInput !== null) for (const n of a.names) if (a.at[n] !== undefined) out[n] = a.at[n] - firstInput;
            resolve(out);
          }, timeoutMs),
        ),
      ]),
    /** A click from inside the page (no driver latency between the click and the clock). */
    click(selector) {
      const el = q(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      el.click();
    },
    /** Moves the focus from inside the page, the clock started at the move (no input event to time from). */
    focus(selector) {
      const el = q(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      if (armed && firstInput === null) firstInput = performance.now();
      el.focus();
    },
    measures: () => performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
  };
})();
