/** What every view gets: where to draw, and a signal that fires when the address changes. */
export interface ViewContext {
  main: HTMLElement;
  signal: AbortSignal;
  setTitle(title: string): void;
}
