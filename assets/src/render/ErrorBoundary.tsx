// One element that fails to render must not take the page down: it shows a short error
// in its slot (and the console has the details); a new message for the slot retries.
import { Component, type ComponentChildren } from "preact";
import type { Element } from "../proto/element_pb";

interface Props {
  element: Element;
  children: ComponentChildren;
}

export class ErrorBoundary extends Component<Props, { failedOn: Element | null }> {
  override state = { failedOn: null as Element | null };

  override componentDidCatch(error: unknown): void {
    console.warn("dataapp: an element could not be shown", error);
    this.setState({ failedOn: this.props.element });
  }

  override render() {
    if (this.state.failedOn !== null && this.state.failedOn === this.props.element) {
      return <div class="alert alert-error">This element could not be shown.</div>;
    }
    return this.props.children;
  }
}
