// Every media and file component, loaded together on first use (see index.tsx).
export { ImageListView } from "./ImageList";
export { AudioView, VideoView } from "./Player";
export { FileUploaderView } from "./FileUploader";
export { DownloadButtonView } from "./DownloadButton";
export { LinkButtonView } from "./LinkButton";
