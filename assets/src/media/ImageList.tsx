// st.image and st.pyplot: images from the media endpoint (or a URL the app gave), with
// captions. A pyplot figure is drawn at twice its size and shown at its size (crisp on HiDPI).
import { useRef } from "preact/hooks";
import type { ImageList } from "../proto/media_pb";
import { bumpRenderedRev } from "../charts/hooks";
import "../styles/media.css";

export function ImageListView({ el }: { el: ImageList }) {
  const row = useRef<HTMLDivElement>(null);
  const pending = useRef(0);
  pending.current = el.images.length;
  const loaded = () => {
    pending.current -= 1;
    if (pending.current <= 0) bumpRenderedRev(row.current);
  };
  return (
    <div class={`image-list${el.useContainerWidth ? " full" : ""}`} ref={row}>
      {el.images.map((image, i) => (
        <figure class="image" key={`${i}:${image.url}`} style={image.width && !el.useContainerWidth ? { width: `${image.width}px` } : undefined}>
          <img src={image.url} alt={image.alt || image.caption || ""} onLoad={loaded} onError={loaded} decoding="async" />
          {image.caption ? <figcaption class="caption">{image.caption}</figcaption> : null}
        </figure>
      ))}
    </div>
  );
}
