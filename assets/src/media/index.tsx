// The media and file components as the page's core bundle knows them: small shells that load
// the real components (one chunk for all of them) the first time a page shows one.
import type { Audio, DownloadButton, FileUploader, ImageList, LinkButton, Video } from "../proto/media_pb";
import { lazy, useLazy } from "../lib/lazy";
import type { ElementComponents } from "../render/components";
// Small: part of the core bundle (the browser draws the document).
import { PdfView } from "./Pdf";

const views = lazy(() => import("./views"));

function ImageListView({ el }: { el: ImageList }) {
  const mod = useLazy(views, true);
  return mod ? <mod.ImageListView el={el} /> : null;
}

function AudioView({ el }: { el: Audio }) {
  const mod = useLazy(views, true);
  return mod ? <mod.AudioView el={el} /> : null;
}

function VideoView({ el }: { el: Video }) {
  const mod = useLazy(views, true);
  return mod ? <mod.VideoView el={el} /> : null;
}

function FileUploaderView({ el }: { el: FileUploader }) {
  const mod = useLazy(views, true);
  return mod ? <mod.FileUploaderView el={el} /> : null;
}

function DownloadButtonView({ el }: { el: DownloadButton }) {
  const mod = useLazy(views, true);
  return mod ? <mod.DownloadButtonView el={el} /> : null;
}

function LinkButtonView({ el }: { el: LinkButton }) {
  const mod = useLazy(views, true);
  return mod ? <mod.LinkButtonView el={el} /> : null;
}

/** The media family's components, by element case (render/ElementBody.tsx looks them up). */
export const components: ElementComponents<
  "imageList" | "audio" | "video" | "fileUploader" | "downloadButton" | "linkButton" | "pdf"
> = {
  imageList: ImageListView,
  audio: AudioView,
  video: VideoView,
  fileUploader: FileUploaderView,
  downloadButton: DownloadButtonView,
  linkButton: LinkButtonView,
  pdf: PdfView,
};
