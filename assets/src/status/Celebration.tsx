// st.balloons and st.snow: a short animation over the page that never takes clicks. The
// particles are drawn with CSS, not emoji, so they need no colour-emoji font.
import { useEffect, useMemo, useState } from "preact/hooks";
import { Celebration_Kind, type Celebration } from "../proto/status_pb";

const COUNT = 30;
const DURATION_MS = 5000;

export function CelebrationView({ el }: { el: Celebration }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setDone(true), DURATION_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const snow = el.kind === Celebration_Kind.SNOW;
  // Positions derive from the nonce, so a replayed call looks alike and tests are stable.
  const items = useMemo(() => {
    let seed = Number(el.nonce % 2147483647n) || 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    return Array.from({ length: COUNT }, () => ({ left: rand() * 100, delay: rand() * 1.5, size: 1.5 + rand() * 1.5, hue: Math.floor(rand() * 6) }));
  }, [el.nonce]);
  if (done) return null;
  return (
    <div class={`celebration ${snow ? "snow" : "balloons"}`} aria-hidden="true">
      {items.map((it, i) => (
        <span
          key={i}
          class={`particle hue-${it.hue}`}
          style={{ left: `${it.left}%`, animationDelay: `${it.delay}s`, fontSize: `${it.size}rem` }}
        />
      ))}
    </div>
  );
}
