// st.audio and st.video: the browser's own player on the media endpoint, which answers range
// requests (seeking fetches only what is needed). start_time/end_time/loop are applied here.
import { useEffect, useRef } from "preact/hooks";
import type { Audio, Video } from "../proto/media_pb";
import "../styles/media.css";

type Media = HTMLAudioElement | HTMLVideoElement;

function usePlayWindow(ref: { current: Media | null }, start: number, end: number, loop: boolean, url: string): void {
  useEffect(() => {
    const media = ref.current;
    if (media === null) return;
    const toStart = () => {
      if (start > 0 && media.currentTime < start) media.currentTime = start;
    };
    const onTime = () => {
      if (end > 0 && media.currentTime >= end) {
        if (loop) {
          media.currentTime = start;
          void media.play().catch(() => undefined);
        } else {
          media.pause();
        }
      }
    };
    const onEnded = () => {
      if (loop && start > 0) {
        media.currentTime = start;
        void media.play().catch(() => undefined);
      }
    };
    media.addEventListener("loadedmetadata", toStart);
    media.addEventListener("timeupdate", onTime);
    media.addEventListener("ended", onEnded);
    if (media.readyState >= 1) toStart();
    return () => {
      media.removeEventListener("loadedmetadata", toStart);
      media.removeEventListener("timeupdate", onTime);
      media.removeEventListener("ended", onEnded);
    };
  }, [ref, start, end, loop, url]);
}

export function AudioView({ el }: { el: Audio }) {
  const ref = useRef<HTMLAudioElement>(null);
  usePlayWindow(ref, el.startTime, el.endTime, el.loop, el.url);
  return (
    <audio class="audio" ref={ref} controls preload="metadata" src={el.url} loop={el.loop && !el.startTime && !el.endTime} autoplay={el.autoplay}>
      <a href={el.url}>Download the audio</a>
    </audio>
  );
}

export function VideoView({ el }: { el: Video }) {
  const ref = useRef<HTMLVideoElement>(null);
  usePlayWindow(ref, el.startTime, el.endTime, el.loop, el.url);
  return (
    <video
      class="video"
      ref={ref}
      controls
      preload="metadata"
      src={el.url}
      loop={el.loop && !el.startTime && !el.endTime}
      autoplay={el.autoplay}
      muted={el.muted}
      playsInline
    >
      {el.subtitles.map((s, i) => (
        <track key={s.url} kind="subtitles" src={s.url} label={s.label} srcLang={s.label === "default" ? undefined : s.label} default={i === 0} />
      ))}
    </video>
  );
}
