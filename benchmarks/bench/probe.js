// Installed into every page before the page's own scripts (Playwright add_init_script).
// It times conditions on the page's own clock, inside the MutationObserver callback that sees
// them become true, so the DevTools round trip and Python's polling add nothing to the numbers.
//
// `window.__bench.until(spec)` returns a promise that always settles: with the time, with the
// text of an exception element the app showed, or with a timeout that says what it saw.
// spec = { gate, all, fail, timeoutMs, frame }: `gate` is the app's own "run finished" marker
// (an attribute on its root element), `all` the conditions that must hold with it; `all`
// always names something only the awaited run can show, so an open gate left over from the
// previous run cannot end the wait early.
//
// The page must not pay for being watched: a 1,000-element rerun makes ~1,000 DOM updates.
// So the probe watches only the gate element's attributes while a run is going on, and looks
// at the rest of the page only once the app says the run finished.
(() => {
  if (window.__bench) return;
  const bench = { lastKeydown: null, pending: null };
  window.__bench = bench;
  // Capture phase on window: the earliest moment a Playwright key press reaches the page.
  window.addEventListener("keydown", () => { bench.lastKeydown = performance.now(); }, true);

  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const last = (selector) => {
    const all = document.querySelectorAll(selector);
    return all.length > 0 ? all[all.length - 1] : null;
  };

  const gateOpen = (gate, el) =>
    el.getAttribute(gate.attr) === gate.equals &&
    (gate.countAttr == null || Number(el.getAttribute(gate.countAttr)) > gate.countAbove);

  // Each kind of condition: true once it holds. The cheap test comes first, layout last.
  const holds = {
    text: (c) => {
      const el = last(c.selector);
      return el !== null && el.textContent.trim() === c.equals && visible(el);
    },
    // A data grid's first rows: one of the expected cell texts inside the element. Canvas grids
    // (Streamlit's) keep an accessible table of the visible cells, drawn in the same frame.
    contains: (c) => {
      const el = document.querySelector(c.selector);
      if (el === null) return false;
      const text = el.textContent;
      return c.anyOf.some((s) => text.includes(s)) && visible(el);
    },
    // A line chart: Vega's SVG line path with real geometry, or a sized Vega canvas.
    chart: (c) => {
      const el = document.querySelector(c.selector);
      if (el === null) return false;
      for (const path of el.querySelectorAll(".mark-line path")) {
        if ((path.getAttribute("d") || "").length > 100 && visible(el)) return true;
      }
      for (const canvas of el.querySelectorAll("canvas.marks")) {
        if (canvas.width > 0 && canvas.height > 0 && visible(canvas)) return true;
      }
      return false;
    },
  };

  const describe = (spec, gateEl) => {
    const gate = gateEl === null
      ? `gate ${spec.gate.selector}: absent`
      : `gate ${spec.gate.selector}: ${spec.gate.attr}=${gateEl.getAttribute(spec.gate.attr)}` +
        (spec.gate.countAttr ? ` ${spec.gate.countAttr}=${gateEl.getAttribute(spec.gate.countAttr)}` : "");
    const rest = spec.all.map((c) => {
      const el = c.kind === "text" ? last(c.selector) : document.querySelector(c.selector);
      const seen = el === null ? "absent" : JSON.stringify(el.textContent.trim().slice(0, 120));
      return `${c.kind} ${c.selector}: ${holds[c.kind](c) ? "holds" : "not yet"} (${seen})`;
    });
    return [gate, ...rest].join("; ");
  };

  bench.until = (spec) =>
    new Promise((resolve) => {
      let settled = false;
      let met = false;
      let gateEl = null;
      let watching = "";
      const observer = new MutationObserver(() => check());
      const watch = (how) => {
        if (watching === how) return;
        watching = how;
        observer.disconnect();
        if (how === "gate") {
          observer.observe(gateEl, {
            attributes: true,
            attributeFilter: [spec.gate.attr, spec.gate.countAttr].filter(Boolean),
          });
        } else {
          // "page": before the gate element exists, or after it opened while `all` lags behind.
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        }
      };
      // Layout alone (no mutation) can make an element visible; a slow poll catches that.
      const poll = setInterval(() => check(), 50);
      const timer = setTimeout(() => finish({ timeout: describe(spec, gateEl) }), spec.timeoutMs);
      const finish = (result) => {
        if (settled) return;
        settled = true;
        observer.disconnect();
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ ...result, origin: performance.timeOrigin });
      };
      const check = () => {
        if (settled || met) return;
        if (gateEl === null || !gateEl.isConnected) {
          gateEl = document.querySelector(spec.gate.selector);
          if (gateEl === null) {
            watch("page");
            return;
          }
        }
        if (!gateOpen(spec.gate, gateEl)) {
          watch("gate");
          return;
        }
        const failure = spec.fail ? document.querySelector(spec.fail) : null;
        if (failure !== null) {
          finish({ error: failure.textContent.trim().slice(0, 600) });
          return;
        }
        if (!spec.all.every((c) => holds[c.kind](c))) {
          watch("page");
          return;
        }
        const t = performance.now();
        if (!spec.frame) {
          finish({ t });
          return;
        }
        // "Shown" rather than "in the DOM": the first frame after the conditions held.
        met = true;
        requestAnimationFrame(() => finish({ t: performance.now(), domT: t }));
      };
      check();
    });

  if (window.__benchArm) bench.pending = bench.until(window.__benchArm);
})();
