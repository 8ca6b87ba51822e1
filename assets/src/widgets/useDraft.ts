// Text the user is typing, kept apart from the committed value until Enter or blur. A rerun
// does not touch it; only a value set by the server (set_value, new session) replaces it.
import { useEffect, useRef, useState } from "preact/hooks";

export function useDraft(committedText: string, serverVersion: number) {
  const [draft, setDraft] = useState(committedText);
  const focused = useRef(false);
  const lastVersion = useRef(serverVersion);
  useEffect(() => {
    if (lastVersion.current !== serverVersion) {
      lastVersion.current = serverVersion;
      setDraft(committedText);
    } else if (!focused.current) {
      // Not being edited: show what is committed (e.g. after a form was submitted elsewhere).
      setDraft(committedText);
    }
  }, [committedText, serverVersion]);
  return {
    draft,
    setDraft,
    dirty: draft !== committedText,
    onFocus: () => {
      focused.current = true;
    },
    onBlurred: () => {
      focused.current = false;
    },
  };
}
