import embed, { type Result } from "vega-embed";
import { expressionInterpreter } from "vega-interpreter";
import type { TopLevelSpec } from "vega-lite";
import { h, messageOf } from "./dom.js";

/**
 * A chart that redraws: each `show` replaces the picture; while one draw is running, only the latest spec
 * waits. `data-draws` counts finished draws, so a test can wait for a redraw.
 */
export class Chart {
  readonly element: HTMLElement;
  private readonly canvas = h("div", { class: "chart-canvas" });
  private readonly error = h("p", { class: "error", role: "alert", hidden: "" });
  private view: Result | undefined;
  private pending: (() => TopLevelSpec) | undefined;
  private drawing = false;
  private draws = 0;

  constructor(label: string) {
    this.element = h("div", { class: "chart", role: "group", "aria-label": label }, this.canvas, this.error);
  }

  /** The panel width that fits the container: two panels side by side with the derivative. */
  panelWidth(panels: number): number {
    const available = (this.element.clientWidth || 720) - 110 * panels;
    return Math.max(120, Math.min(panels === 1 ? 560 : 360, Math.floor(available / panels)));
  }

  /** Draws the spec that `make` returns; an error it throws is shown in place of a new picture. */
  show(make: () => TopLevelSpec): void {
    this.pending = make;
    if (!this.drawing) void this.drain();
  }

  private async drain(): Promise<void> {
    this.drawing = true;
    while (this.pending) {
      const make = this.pending;
      this.pending = undefined;
      try {
        const spec = make();
        // Drawn off-page, then swapped in: the old picture stays until the new one is ready.
        const target = h("div");
        // vega's expressions are interpreted, not compiled: the app needs no 'unsafe-eval' in its CSP.
        const view = await embed(target, spec, { renderer: "svg", ast: true, expr: expressionInterpreter, actions: { export: true, source: false, compiled: false, editor: false } });
        this.view?.finalize();
        this.view = view;
        this.canvas.replaceChildren(target);
        this.error.hidden = true;
      } catch (e) {
        this.error.textContent = messageOf(e);
        this.error.hidden = false;
      }
      this.element.dataset.draws = String(++this.draws);
    }
    this.drawing = false;
  }

  dispose(): void {
    this.pending = undefined;
    this.view?.finalize();
  }
}
