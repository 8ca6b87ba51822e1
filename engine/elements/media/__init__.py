"""Media and files: image, audio, video, file uploader, download and link buttons, and the
desktop's native file dialogs (media.proto, assets/src/media/)."""
