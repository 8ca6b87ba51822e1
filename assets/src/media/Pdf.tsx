// st.pdf: the browser's own PDF viewer (Chromium's, Qt WebEngine's) in a frame over the
// document's media URL. A document on another host is a link instead (the page's CSP frames
// only this server); without a PDF viewer (Qt WebEngine with plugins off) it can be saved.
import type { Pdf } from "../proto/media_pb";
import { keyClass } from "../render/streamlitHooks";
import "./pdf.css";

/** Whether the page can show the document in a frame: served by this app, and a viewer exists. */
export function framesPdf(url: string, pdfViewerEnabled: boolean | undefined): boolean {
  return url.startsWith("/") && pdfViewerEnabled !== false;
}

export function PdfView({ el }: { el: Pdf }) {
  const cls = `pdf-viewer${el.stretch ? " stretch" : ""} ${keyClass(el.key)}`.trimEnd();
  if (!el.url.startsWith("/")) {
    return (
      <div class={`${cls} pdf-link`} aria-label={el.alt || undefined}>
        <a href={el.url} target="_blank" rel="noopener noreferrer">
          Open {el.url}
        </a>
      </div>
    );
  }
  if (!framesPdf(el.url, navigator.pdfViewerEnabled)) {
    // No viewer to show it in: the document can still be saved.
    return (
      <div class={`${cls} pdf-link`} aria-label={el.alt || undefined}>
        <a href={el.url} download={el.fileName || "document.pdf"}>
          Download {el.fileName || "the PDF"}
        </a>
      </div>
    );
  }
  return (
    <div class={cls} style={el.stretch ? undefined : { height: `${el.height}px` }}>
      <iframe src={el.url} title={el.alt || undefined} />
    </div>
  );
}
