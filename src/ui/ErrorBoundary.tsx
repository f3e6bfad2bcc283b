import { Component, type ComponentChildren } from 'preact';
import { app as text } from '../text/app';
import { Button, ButtonGroup, ButtonLink } from './components/Button';
import { downloadText } from './download';
import { type App, hrefFor } from './routes';

interface Props {
  model: App;
  children: ComponentChildren;
}
interface State {
  error: Error | null;
  exportProblem: string | null;
}

/**
 * Catches a screen that fails to render and offers a way out: back to the start, or save all data
 * to a file. Keyed by route in the app, so moving to another screen tries again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, exportProblem: null };

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error('Morgenscan: een scherm kon niet worden getoond.', error);
  }

  private readonly exportData = async () => {
    try {
      const file = await this.props.model.transfer.exportFile();
      downloadText(file.name, file.text);
      this.setState({ exportProblem: file.leftOut > 0 ? text.exportLeftOut(file.leftOut) : null });
    } catch {
      this.setState({ exportProblem: text.exportFailed });
    }
  };

  override render() {
    const { error, exportProblem } = this.state;
    if (!error) return this.props.children;
    return (
      <div class="ms-section" role="alert">
        <h1 class="utrecht-heading-1">{text.errorTitle}</h1>
        <p>{text.errorText}</p>
        <ButtonGroup>
          <ButtonLink href={hrefFor({ name: 'start' })}>{text.errorHome}</ButtonLink>
          <Button appearance="secondary-action" onClick={this.exportData}>
            {text.errorExport}
          </Button>
        </ButtonGroup>
        {exportProblem && <p class="utrecht-form-field-error-message">{exportProblem}</p>}
        <p class="utrecht-form-field-description">
          {text.errorDetail} <code>{error.message}</code>
        </p>
      </div>
    );
  }
}
