// Profiling only (benchmarks/profile.py), never in measured runs: stamps every WebSocket
// message the page receives or sends with the page's clock, to split a rerun's round trip.
(() => {
  const stamps = { sent: [], received: [] };
  window.__benchWs = stamps;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const size = typeof event.data === "string" ? event.data.length : event.data.byteLength ?? event.data.size;
        stamps.received.push([performance.now(), size]);
      });
    }
    send(data) {
      stamps.sent.push([performance.now(), data.byteLength ?? data.length ?? 0]);
      super.send(data);
    }
  };
})();
