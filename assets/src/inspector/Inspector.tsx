// The run inspector (docs/inspector.md): for the last run, each st.* call and cached function
// with its time, each query with its SQL and whether the database ran it, and the bytes sent.
// A query the database ran in this run and the one before is flagged with how to cache it.
import type { RunReport } from "../proto/inspector_pb";
import "./inspector.css";

function ms(seconds: number): string {
  const value = seconds * 1000;
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

function bytes(n: bigint): string {
  const value = Number(n);
  return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MB` : value >= 1024 ? `${(value / 1024).toFixed(1)} kB` : `${value} B`;
}

export function Inspector({ report, onClose }: { report: RunReport | null; onClose(): void }) {
  const slowest = report ? Math.max(1e-9, ...report.calls.map((c) => c.seconds)) : 1;
  const repeated = report?.queries.filter((q) => q.everyRun) ?? [];
  return (
    <aside class="inspector" data-testid="inspector" aria-label="Run inspector">
      <header class="inspector-head">
        <strong>Run inspector</strong>
        <button type="button" class="icon-button" aria-label="Close the run inspector" onClick={onClose}>
          ×
        </button>
      </header>
      {report === null ? (
        <p class="inspector-empty">Waiting for the next run…</p>
      ) : (
        <>
          <p class="inspector-summary" data-testid="inspector-summary">
            Run {String(report.runId)}
            {report.page ? ` of ${report.page}` : ""}: {ms(report.seconds)}, {report.calls.length} st.* calls,{" "}
            {bytes(report.bytesSent)} sent in {report.messagesSent} messages
          </p>
          {repeated.length > 0 ? (
            <div class="inspector-warning" role="alert" data-testid="inspector-warning">
              {repeated.length === 1 ? "A query runs" : `${repeated.length} queries run`} on the database at every
              rerun. Cache it: <code>conn.query(sql, ttl=600)</code> keeps a result for ten minutes, or put the code
              that reads it in a function decorated with <code>@st.cache_data</code>.
            </div>
          ) : null}
          <h3>Calls</h3>
          <table data-testid="inspector-calls">
            <tbody>
              {report.calls.map((call, i) => (
                <tr key={i}>
                  <td class="name">{call.name}</td>
                  <td class="where">{call.where}</td>
                  <td class="bar">
                    <span style={{ width: `${Math.max(1, (call.seconds / slowest) * 100)}%` }} />
                  </td>
                  <td class="time">{ms(call.seconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.caches.length > 0 ? (
            <>
              <h3>Cached functions</h3>
              <table data-testid="inspector-caches">
                <tbody>
                  {report.caches.map((use, i) => (
                    <tr key={i}>
                      <td class="name">{use.function}</td>
                      <td class={use.hit ? "hit" : "miss"}>{use.hit ? "hit" : "miss"}</td>
                      <td class="where">{use.kind}</td>
                      <td class="time">{ms(use.seconds)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          {report.queries.length > 0 ? (
            <>
              <h3>Queries</h3>
              <table data-testid="inspector-queries">
                <tbody>
                  {report.queries.map((query, i) => (
                    <tr key={i} class={query.everyRun ? "every-run" : ""}>
                      <td class="sql">
                        <code>{query.sql}</code>
                      </td>
                      <td class={query.cached ? "hit" : "miss"}>
                        {query.cached ? "cached" : query.everyRun ? "database, every run" : "database"}
                      </td>
                      <td class="where">
                        {query.connection}
                        {query.where ? ` · ${query.where}` : ""}
                      </td>
                      <td class="time">{ms(query.seconds)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      )}
    </aside>
  );
}
