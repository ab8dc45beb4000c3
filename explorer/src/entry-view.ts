import { plot } from "neurogebra/plot";
import { Chart } from "./chart.js";
import { rangeFields, slider } from "./controls.js";
import { h } from "./dom.js";
import { formula } from "./math.js";
import { entry, forge } from "./model.js";

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? h("ul", {}, items.map((i) => h("li", {}, i))) : h("p", {}, "None listed."));

/** `#/NAME`: formula and derivative typeset, a chart of both with sliders, and the documentation. */
export function entryView(name: string): { element: HTMLElement; chart: Chart } {
  const plottable = entry(name);
  const { expression, variable } = plottable;
  const m = expression.metadata;
  const values = new Map(plottable.controls.map((c) => [c.name, c.value]));
  let range = plottable.range;
  const others = forge.listAll({ category: String(m.category) }).filter((n) => n !== name).slice(0, 2);
  const chart = new Chart(`${expression.name} and its derivative`);
  const draw = () => chart.show(() => plot(expression, { range, params: Object.fromEntries(values), gradient: true, width: chart.panelWidth(2), height: 240 }));

  const sliders = plottable.controls.map((c) =>
    slider(c, (v) => {
      values.set(c.name, v);
      draw();
    }),
  );
  const element = h(
    "article",
    { class: "entry" },
    h("h1", { tabindex: "-1" }, expression.name),
    h("p", { class: "category" }, String(m.category ?? "")),
    h("p", { class: "lead" }, String(m.description ?? "")),
    h("div", { class: "formulas" }, formula(`${expression.name}(${variable})`, expression.latex), formula(`d/d${variable}`, expression.gradient(variable).latex)),
    h(
      "section",
      { "aria-labelledby": "chart-heading" },
      h("h2", { id: "chart-heading" }, "Chart"),
      h("div", { class: "controls" }, rangeFields(variable, range, (r) => ((range = r), draw())), sliders.length > 0 ? h("fieldset", { class: "sliders" }, h("legend", {}, "Parameters"), sliders) : null),
      chart.element,
    ),
    h(
      "section",
      { "aria-labelledby": "about-heading", class: "about" },
      h("h2", { id: "about-heading" }, "About"),
      h("h3", {}, "When to use it"),
      h("p", {}, String(m.usage ?? "")),
      h("div", { class: "columns" }, h("div", {}, h("h3", {}, "Pros"), list(m.pros)), h("div", {}, h("h3", {}, "Cons"), list(m.cons))),
      h("h3", {}, "Range"),
      h("p", {}, h("code", {}, String(m.range ?? ""))),
      h("h3", {}, "Conventions"),
      list(m.conventions),
      h("h3", {}, "References"),
      list(m.references),
      m.aliases && m.aliases.length > 0 ? h("p", {}, `Also known as: ${m.aliases.join(", ")}.`) : null,
      h("p", {}, h("a", { href: `#/compare/${[name, ...others].join(",")}` }, `Compare ${name} with ${others.join(" and ")}`)),
    ),
  );
  requestAnimationFrame(draw);
  return { element, chart };
}
