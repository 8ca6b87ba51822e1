// st.exception and uncaught errors: type, message and the traceback (a warning style for
// developer warnings).
import type { Exception } from "../proto/status_pb";

export function ExceptionView({ el }: { el: Exception }) {
  return (
    <div class={`alert ${el.isWarning ? "alert-warning" : "alert-error"} exception`} role="alert">
      <div class="exception-message">
        <strong>{el.type}</strong>
        {el.message ? `: ${el.message}` : null}
      </div>
      {el.stackTrace.length > 0 ? (
        <>
          <div class="exception-trace-title">Traceback:</div>
          <pre class="exception-trace">
            <code>{el.stackTrace.join("\n")}</code>
          </pre>
        </>
      ) : null}
    </div>
  );
}
