// The status family's components, by element case (render/ElementBody.tsx looks them up).
import type { ElementComponents } from "../render/components";
import { AlertView } from "./Alert";
import { CelebrationView } from "./Celebration";
import { ExceptionView } from "./Exception";
import { ProgressView } from "./Progress";
import { SkeletonView } from "./Skeleton";
import { SpinnerView } from "./Spinner";
import { ToastView } from "./Toast";

export const components: ElementComponents<
  "alert" | "exception" | "progress" | "spinner" | "toast" | "celebration" | "empty" | "skeleton"
> = {
  alert: AlertView,
  exception: ExceptionView,
  progress: ProgressView,
  spinner: SpinnerView,
  toast: ToastView,
  celebration: CelebrationView,
  // st.empty holds a place and draws nothing.
  empty: null,
  skeleton: SkeletonView,
};
