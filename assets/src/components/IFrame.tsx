// st.iframe and st.components.v1.html / iframe: a frame with Streamlit's sandbox. Pages the
// engine serves report their height (for height="content") and addresses their policy refused.
import { useRef } from "preact/hooks";
import { IFrame_Size, type IFrame } from "../proto/components_pb";
import { ALLOW, SANDBOX } from "./protocol";
import { BlockedNotice, useFrameReports } from "./frameReports";
import "./components.css";

// Streamlit's height for a page it cannot measure (another site's).
const UNMEASURED_HEIGHT = 400;

export function IFrameView({ el }: { el: IFrame }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const reports = useFrameReports(frame);
  const height =
    el.heightMode === IFrame_Size.PIXELS
      ? `${el.height}px`
      : el.heightMode === IFrame_Size.STRETCH
        ? "100%"
        : `${reports.contentHeight ?? (el.src.startsWith("/_dataapp/") ? 0 : UNMEASURED_HEIGHT)}px`;
  const width = el.widthMode === IFrame_Size.PIXELS ? `${el.width}px` : "100%";
  return (
    <div class="iframe-element">
      <iframe
        ref={frame}
        class="component-frame"
        src={el.src}
        title={el.title || "st.iframe"}
        sandbox={SANDBOX}
        allow={ALLOW}
        scrolling={el.scrolling ? "auto" : "no"}
        tabIndex={el.tabIndex}
        style={{ width, height }}
      />
      <BlockedNotice blocked={reports.blocked} />
    </div>
  );
}
