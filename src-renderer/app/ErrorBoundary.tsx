import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A failure in one page shows a Vietnamese message and a way back, never a white screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Lỗi giao diện', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel error-panel" role="alert">
        <h2>Đã xảy ra lỗi khi hiển thị trang này</h2>
        <p>Dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại; nếu lỗi lặp lại, hãy báo cho bộ phận kỹ thuật nội dung dưới đây.</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Thử lại
        </button>
      </div>
    );
  }
}
