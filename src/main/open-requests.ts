import type { App } from 'electron';

/**
 * Files the operating system asks the app to open (a double-clicked .presskit): macOS sends
 * 'open-file', possibly before the app is ready and before any window exists; Windows and Linux start
 * a second instance, whose arguments reach the first through 'second-instance'. Requests wait here
 * until the window can take them.
 */
export class OpenRequests {
  private readonly pending: string[] = [];
  private listener: ((file: string) => void) | null = null;

  constructor(app: Pick<App, 'on'>) {
    app.on('open-file', (event: { preventDefault(): void }, file: string) => {
      event.preventDefault();
      this.push(file);
    });
  }

  push(file: string): void {
    if (this.listener) this.listener(file);
    else this.pending.push(file);
  }

  /** The first file asked for before the window existed (opened at start instead of the last bundle). */
  takeFirst(): string | undefined {
    return this.pending.shift();
  }

  /** From now on every request goes to `listener`, the waiting ones first. */
  listen(listener: (file: string) => void): void {
    this.listener = listener;
    for (const file of this.pending.splice(0)) listener(file);
  }
}
