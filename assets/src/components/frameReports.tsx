// What the engine's reporter script (engine/server/component_files.py) posts from inside each
// frame the engine serves: addresses the frame's Content-Security-Policy refused (a component
// reaching for a CDN, docs/components.md "Offline") and the height of the frame's page.
import { useEffect, useState } from "preact/hooks";
import type { RefObject } from "preact";

export interface FrameReports {
  /** Addresses refused so far, first refusal first, each once. */
  blocked: string[];
  /** The height of the page in the frame, once reported. */
  contentHeight: number | null;
}

export function frameReport(data: unknown): { blocked?: string; height?: number } | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  const blocked = record["dataappBlocked"] as { url?: unknown } | undefined;
  if (blocked && typeof blocked.url === "string") return { blocked: blocked.url || "(inline)" };
  const height = record["dataappFrameHeight"];
  if (typeof height === "number" && Number.isFinite(height) && height >= 0) return { height };
  return null;
}

export function useFrameReports(frame: RefObject<HTMLIFrameElement | null>): FrameReports {
  const [reports, setReports] = useState<FrameReports>({ blocked: [], contentHeight: null });
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (frame.current === null || event.source !== frame.current.contentWindow) return;
      const report = frameReport(event.data);
      if (report === null) return;
      setReports((now) => {
        if (report.blocked !== undefined)
          return now.blocked.includes(report.blocked) ? now : { ...now, blocked: [...now.blocked, report.blocked] };
        return report.height === now.contentHeight ? now : { ...now, contentHeight: report.height ?? null };
      });
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [frame]);
  return reports;
}

export function BlockedNotice({ blocked }: { blocked: string[] }) {
  if (blocked.length === 0) return null;
  return (
    <div class="component-blocked" role="alert" data-testid="component-blocked">
      This app runs offline, so the content in this frame may not load: it asked for{" "}
      {blocked.map((url, i) => (
        <>
          {i > 0 ? ", " : ""}
          <code>{url}</code>
        </>
      ))}
      , which is not part of the app. (dataapp serves only files installed with the app; see
      "Offline" in docs/components.md for vendoring such files into a build.)
    </div>
  );
}
