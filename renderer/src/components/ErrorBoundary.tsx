// If a page fails while it is drawn, the app stays up: the navigation, the address and the rest of
// the shell remain, and the page area says so calmly and offers to try again. Saves already on
// their way still finish (each page's autosave sends what is waiting when the page closes).
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The developer tools show it; nothing leaves the computer.
    console.error('A page failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="banner banner-error" role="alert">
        <p className="banner-title">This page could not be shown</p>
        <p>
          Something went wrong while drawing it. Your saved work is safe, and you are still where you were: try again, or use the
          navigation to go elsewhere.
        </p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
