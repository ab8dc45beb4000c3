import { Expression } from "neurogebra";
import { plot } from "neurogebra/plot";
import { Chart } from "./chart.js";
import { rangeFields } from "./controls.js";
import { h, messageOf } from "./dom.js";
import { formula } from "./math.js";

export const EXAMPLE_FORMULA = "x*sigmoid(2*x)";

/**
 * The formula box: any formula of one input, plotted with its derivative and typeset. A bad formula shows the
 * parser's message (with its caret) and leaves the last good picture in place.
 */
export function formulaView(initial: string, onFormula: (text: string) => void): { element: HTMLElement; chart: Chart } {
  const input = h("input", { id: "formula", type: "text", value: initial, autocomplete: "off", spellcheck: "false", "aria-describedby": "formula-help formula-error" });
  const error = h("pre", { id: "formula-error", class: "error", role: "alert", hidden: "" });
  const math = h("div", { class: "formulas", "aria-live": "polite" });
  const chart = new Chart("The formula and its derivative");
  let range: [number, number] = [-5, 5];
  let current: Expression | undefined;

  const draw = () => {
    const e = current;
    if (e) chart.show(() => plot(e, { range, gradient: true, width: chart.panelWidth(2), height: 240 }));
  };
  const update = () => {
    const text = input.value.trim();
    try {
      if (text === "") throw new Error("Type a formula of x, such as x*sigmoid(2*x).");
      const e = new Expression(text, text);
      if (e.variables.length !== 1) throw new Error(`A formula of one input is needed; ${text} has ${e.variables.length}${e.variables.length ? ` (${e.variables.join(", ")})` : ""}.`);
      const variable = e.variables[0]!;
      math.replaceChildren(formula(`f(${variable})`, e.latex), formula(`d/d${variable}`, e.gradient(variable).latex));
      current = e;
      error.hidden = true;
      onFormula(text);
      draw();
    } catch (e) {
      error.textContent = messageOf(e);
      error.hidden = false;
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    clearTimeout(timer);
    update();
  });

  const element = h(
    "section",
    { class: "formula-box", "aria-labelledby": "formula-heading" },
    h("h2", { id: "formula-heading" }, "Plot a formula"),
    h("label", { for: "formula" }, "Formula"),
    input,
    h("p", { id: "formula-help", class: "hint" }, "SymPy syntax: x**2, exp(x), Max(0, x), Piecewise((x, x > 0), (0, True)); catalog names work as functions: gelu(x) - relu(x)."),
    error,
    math,
    rangeFields("x", range, (r) => ((range = r), draw())),
    chart.element,
  );
  requestAnimationFrame(update);
  return { element, chart };
}
