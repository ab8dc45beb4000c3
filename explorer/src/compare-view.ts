import { formatValue } from "neurogebra";
import { plot } from "neurogebra/plot";
import { Chart } from "./chart.js";
import { h, messageOf } from "./dom.js";
import { type Plottable, entry } from "./model.js";

const DEFAULT_POINTS = "-2, -1, 0, 1, 2";

function parsePoints(text: string): number[] {
  const points = text.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  const bad = points.findIndex((p) => !Number.isFinite(p));
  if (points.length === 0 || bad >= 0) throw new Error(`Points must be finite numbers separated by commas, such as ${DEFAULT_POINTS}.`);
  return points;
}

function valuesTable(entries: readonly Plottable[], points: readonly number[]): HTMLElement {
  const head = h("tr", {}, h("th", { scope: "col" }, "entry"), points.flatMap((p) => [h("th", { scope: "col" }, `f(${p})`), h("th", { scope: "col" }, `f′(${p})`)]));
  const rows = entries.map(({ expression, variable }) => {
    const gradient = expression.gradient(variable);
    const cells = points.flatMap((p) => [expression, gradient].map((e) => h("td", {}, formatValue(e.eval({ [variable]: p }) as number))));
    return h("tr", {}, h("th", { scope: "row" }, h("a", { href: `#/${expression.name}` }, expression.name)), cells);
  });
  return h("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Values table" }, h("table", {}, h("caption", {}, "Values and first derivatives at the chosen points"), h("thead", {}, head), h("tbody", {}, rows)));
}

/** `#/compare/relu,gelu,swish`: the entries overlaid, f and f′, and a table of values at chosen points. */
export function compareView(names: readonly string[], onNames: (names: string[]) => void): { element: HTMLElement; chart: Chart } {
  const namesInput = h("input", { id: "compare-names", type: "text", value: names.join(", "), autocomplete: "off", spellcheck: "false" });
  const pointsInput = h("input", { id: "compare-points", type: "text", value: DEFAULT_POINTS, autocomplete: "off", inputmode: "decimal" });
  const error = h("pre", { class: "error", role: "alert", hidden: "" });
  const table = h("div");
  const chart = new Chart("The entries and their derivatives");

  const update = () => {
    try {
      const entries = names.map(entry);
      const variables = [...new Set(entries.map((e) => e.variable))];
      const range = entries[0]!.range;
      table.replaceChildren(valuesTable(entries, parsePoints(pointsInput.value)));
      error.hidden = true;
      chart.show(() => plot(entries.map((e) => e.expression), { range, gradient: true, width: chart.panelWidth(2), height: 260, title: variables.length > 1 ? `against ${variables.join(", ")}` : undefined }));
    } catch (e) {
      error.textContent = messageOf(e);
      error.hidden = false;
    }
  };
  namesInput.addEventListener("change", () => onNames(namesInput.value.split(",").map((s) => s.trim()).filter((s) => s !== "")));
  pointsInput.addEventListener("change", update);

  const element = h(
    "article",
    { class: "compare" },
    h("h1", { tabindex: "-1" }, "Compare"),
    h(
      "div",
      { class: "controls" },
      h("span", { class: "field" }, h("label", { for: "compare-names" }, "Entries"), namesInput),
      h("span", { class: "field" }, h("label", { for: "compare-points" }, "Points"), pointsInput),
    ),
    error,
    chart.element,
    table,
  );
  requestAnimationFrame(update);
  return { element, chart };
}
