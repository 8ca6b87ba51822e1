// st.help: an object's name and signature, its type, documentation and public members.
import type { DocString } from "../proto/flow_pb";
import "./flow.css";

export function DocStringView({ el }: { el: DocString }) {
  return (
    <div class="doc-string">
      <div class="doc-string-header">
        <code class="doc-string-name">
          {el.name || el.type}
          {el.signature ? <span class="doc-string-signature">{el.signature}</span> : null}
        </code>
        <span class="doc-string-type">{el.type}</span>
      </div>
      {el.module ? <div class="doc-string-module">{el.module}</div> : null}
      {el.value ? <pre class="doc-string-value">{el.value}</pre> : null}
      {el.doc ? <pre class="doc-string-doc">{el.doc}</pre> : <div class="doc-string-none">No docs available</div>}
      {el.members.length > 0 ? (
        <div class="doc-string-members">
          <table>
            <tbody>
              {el.members.map((m) => (
                <tr key={m.name}>
                  <td>
                    <code>{m.name}</code>
                  </td>
                  <td class="doc-string-member-type">{m.type}</td>
                  <td class="doc-string-member-text">{m.value || m.doc}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
