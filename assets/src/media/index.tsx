// The media and file components as the page's core bundle knows them: small shells that load
// the real components (one chunk for all of them) the first time a page shows one.
import type { Audio, DownloadButton, FileUploader, ImageList, LinkButton, Video } from "../proto/media_pb";
import { lazy, useLazy } from "../lib/lazy";

const views = lazy(() => import("./views"));

export function ImageListView({ el }: { el: ImageList }) {
  const mod = useLazy(views, true);
  return mod ? <mod.ImageListView el={el} /> : null;
}

export function AudioView({ el }: { el: Audio }) {
  const mod = useLazy(views, true);
  return mod ? <mod.AudioView el={el} /> : null;
}

export function VideoView({ el }: { el: Video }) {
  const mod = useLazy(views, true);
  return mod ? <mod.VideoView el={el} /> : null;
}

export function FileUploaderView({ el }: { el: FileUploader }) {
  const mod = useLazy(views, true);
  return mod ? <mod.FileUploaderView el={el} /> : null;
}

export function DownloadButtonView({ el }: { el: DownloadButton }) {
  const mod = useLazy(views, true);
  return mod ? <mod.DownloadButtonView el={el} /> : null;
}

export function LinkButtonView({ el }: { el: LinkButton }) {
  const mod = useLazy(views, true);
  return mod ? <mod.LinkButtonView el={el} /> : null;
}
