// Which run is going on, so each slot can tell whether it is stale (not yet reached).
import { createContext } from "preact";

export interface RunInfo {
  readonly run: number;
  readonly fragmentId: string;
  readonly running: boolean;
}

export const RunContext = createContext<RunInfo>({ run: 0, fragmentId: "", running: false });

/** The form a widget sits in, for Enter-to-submit. */
export interface FormInfo {
  readonly formId: string;
  readonly enterToSubmit: boolean;
}

export const FormContext = createContext<FormInfo | null>(null);

/** The st.fragment block a slot sits in ("" outside fragments): its widgets rerun only it. */
export const FragmentContext = createContext<string>("");
