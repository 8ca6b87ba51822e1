// The output of one st.fragment call. Widgets inside rerun only the fragment; with run_every
// the page asks for a fragment rerun on that interval while it is connected.
import { useEffect } from "preact/hooks";
import type { Fragment } from "../proto/layout_pb";
import type { BlockNode } from "../session/tree";
import { Children } from "../render/Children";
import { FragmentContext } from "../render/runContext";
import { useSession } from "../session/context";

export function FragmentView({ block, node }: { block: Fragment; node: BlockNode }) {
  const session = useSession();
  useEffect(() => {
    if (!(block.runEvery > 0) || !block.fragmentId) return;
    const timer = window.setInterval(() => {
      // A timer tick while a run goes on or the socket is down would only pile up requests.
      const m = session.model;
      if (m.connection === "connected" && !m.running && !m.awaitingRun) session.requestRerun([], block.fragmentId);
    }, block.runEvery * 1000);
    return () => window.clearInterval(timer);
  }, [session, block.fragmentId, block.runEvery]);
  return (
    <FragmentContext.Provider value={block.fragmentId}>
      <div class="stack">
        <Children node={node} />
      </div>
    </FragmentContext.Provider>
  );
}
