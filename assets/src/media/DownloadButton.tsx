// st.download_button: saves the file the media endpoint serves as an attachment, and (unless
// on_click="ignore") presses the button: True in the app's next run, as st.button. In the
// desktop window the host's save dialog asks where to save, and the server writes the file.
import { useContext } from "preact/hooks";
import type { DownloadButton } from "../proto/media_pb";
import { useSession } from "../session/context";
import { FragmentContext } from "../render/runContext";
import { InlineMarkdown } from "../text/InlineMarkdown";
import { Icon } from "../text/Icon";
import { Help } from "../text/Help";
import { infoOf } from "../widgets/useWidget";
import { BUTTON_KIND } from "./LinkButton";
import { mediaIdOf } from "./uploads";

export function DownloadButtonView({ el }: { el: DownloadButton }) {
  const session = useSession();
  const fragmentId = useContext(FragmentContext);
  const info = infoOf(el);
  const kind = BUTTON_KIND[el.kind] ?? "secondary";
  const mediaId = session.nativeFileDialogs ? mediaIdOf(el.url) : null;
  const press = () => {
    if (!el.ignoreClick) session.trigger(info.id, fragmentId);
  };
  const label = (
    <>
      {el.icon ? <Icon icon={el.icon} /> : null}
      <InlineMarkdown body={info.label} />
    </>
  );
  return (
    <div class={`button-row${el.useContainerWidth ? " full" : ""}`}>
      {info.disabled ? (
        <button type="button" class={`btn btn-${kind}`} disabled>
          {label}
        </button>
      ) : mediaId !== null ? (
        <button
          type="button"
          class={`btn btn-${kind} download-button`}
          onClick={() => {
            session.requestNativeSave(mediaId, el.fileName, info.id);
            press();
          }}
        >
          {label}
        </button>
      ) : (
        <a class={`btn btn-${kind} download-button`} href={el.url} download={el.fileName || true} onClick={press}>
          {label}
        </a>
      )}
      <Help text={info.help} />
    </div>
  );
}
