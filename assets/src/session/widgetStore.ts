// The values the user has put into widgets, by widget id. The page keeps the user's
// value across reruns and takes the server's only for a new widget or when the element
// says set_value. Widgets in a form keep changes as "pending" until the form is submitted:
// only committed values travel in rerun requests.
import type { WidgetValue } from "./widgetValues";

interface Pending {
  readonly formId: string;
  readonly value: WidgetValue;
}

export class WidgetStore {
  private committed = new Map<string, WidgetValue>();
  private pending = new Map<string, Pending>();
  /** Bumped whenever the server replaces a value, so controls can drop unsaved drafts. */
  private serverVersion = new Map<string, number>();

  /** Takes the server's value for a widget that is new here, or when the app set it. */
  seed(id: string, value: WidgetValue, setValue: boolean): void {
    if (this.committed.has(id) && !setValue) return;
    this.committed.set(id, value);
    this.pending.delete(id);
    this.serverVersion.set(id, (this.serverVersion.get(id) ?? 0) + 1);
  }

  /** What the control shows: a pending form change, else the committed value. */
  shown(id: string): WidgetValue | undefined {
    return this.pending.get(id)?.value ?? this.committed.get(id);
  }

  committedValue(id: string): WidgetValue | undefined {
    return this.committed.get(id);
  }

  version(id: string): number {
    return this.serverVersion.get(id) ?? 0;
  }

  commit(id: string, value: WidgetValue): void {
    this.committed.set(id, value);
    this.pending.delete(id);
  }

  stage(id: string, formId: string, value: WidgetValue): void {
    this.pending.set(id, { formId, value });
  }

  hasPending(formId: string): boolean {
    for (const p of this.pending.values()) if (p.formId === formId) return true;
    return false;
  }

  /** Moves a form's pending changes into the committed values (the form was submitted). */
  submit(formId: string): void {
    for (const [id, p] of [...this.pending]) {
      if (p.formId !== formId) continue;
      this.committed.set(id, p.value);
      this.pending.delete(id);
    }
  }

  forget(id: string): void {
    this.committed.delete(id);
    this.pending.delete(id);
  }

  /** A new server session knows none of our values: take every value from its elements. */
  reset(): void {
    this.committed.clear();
    this.pending.clear();
    for (const id of this.serverVersion.keys()) this.serverVersion.set(id, (this.serverVersion.get(id) ?? 0) + 1);
  }
}
