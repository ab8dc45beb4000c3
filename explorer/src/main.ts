import "./style.css";
import { TUTORIAL_ACTIVATIONS } from "neurogebra";
import type { Chart } from "./chart.js";
import { compareView } from "./compare-view.js";
import { h, messageOf } from "./dom.js";
import { entryView } from "./entry-view.js";
import { EXAMPLE_FORMULA, formulaView } from "./formula-view.js";
import { catalogByCategory, find } from "./model.js";

const main = document.querySelector<HTMLElement>("#main")!;
const catalog = document.querySelector<HTMLElement>("#catalog")!;
const search = document.querySelector<HTMLInputElement>("#search")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
let chart: Chart | undefined;

/** Routes: `#/` home with the formula box, `#/formula/TEXT`, `#/compare/A,B,C`, `#/NAME`. */
type Route = { view: "home"; formula: string } | { view: "compare"; names: string[] } | { view: "entry"; name: string };

function route(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#\/?/, ""));
  if (path === "") return { view: "home", formula: EXAMPLE_FORMULA };
  if (path.startsWith("formula/")) return { view: "home", formula: path.slice("formula/".length) };
  if (path.startsWith("compare/")) return { view: "compare", names: path.slice("compare/".length).split(",").map((s) => s.trim()).filter((s) => s !== "") };
  return { view: "entry", name: path };
}

function home(formula: string): HTMLElement {
  const view = formulaView(formula, (text) => history.replaceState(null, "", `#/formula/${encodeURIComponent(text)}`));
  chart = view.chart;
  return h(
    "article",
    { class: "home" },
    h("h1", { tabindex: "-1" }, "Explore the catalog"),
    h("p", { class: "lead" }, "Pick an activation or a loss on the left to see its formula, its derivative, a chart you can change with sliders, and when to use it; or type any formula below."),
    h("p", {}, h("a", { href: `#/compare/${TUTORIAL_ACTIVATIONS.join(",")}` }, "Compare the tutorial's seven activations"), "."),
    view.element,
  );
}

function render(focus: boolean): void {
  chart?.dispose();
  chart = undefined;
  const r = route(location.hash);
  let content: HTMLElement;
  try {
    if (r.view === "home") content = home(r.formula);
    else if (r.view === "compare") {
      const view = compareView(r.names, (names) => (location.hash = `#/compare/${names.join(",")}`));
      chart = view.chart;
      content = view.element;
    } else {
      const view = entryView(r.name);
      chart = view.chart;
      content = view.element;
    }
  } catch (e) {
    content = h("article", {}, h("h1", { tabindex: "-1" }, "Not found"), h("p", { class: "error", role: "alert" }, messageOf(e)), h("p", {}, h("a", { href: "#/" }, "Back to the start")));
  }
  main.replaceChildren(content);
  markCurrent();
  if (focus) main.querySelector<HTMLElement>("h1")?.focus();
}

/** Marks the open entry in the sidebar. */
function markCurrent(): void {
  const r = route(location.hash);
  for (const link of catalog.querySelectorAll<HTMLAnchorElement>("a[data-name]")) {
    if (r.view === "entry" && link.dataset.name === r.name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function sidebar(): void {
  const { matches, suggestions } = find(search.value);
  const shown = new Set(matches);
  const groups = catalogByCategory().map(([category, names]) => {
    const visible = names.filter((n) => shown.has(n));
    if (visible.length === 0) return null;
    const heading = `${category[0]!.toUpperCase()}${category.slice(1)}s`;
    return h("section", { "aria-label": heading }, h("h2", {}, `${heading} (${visible.length})`), h("ul", {}, visible.map((n) => h("li", {}, h("a", { href: `#/${n}`, "data-name": n }, n)))));
  });
  catalog.replaceChildren(...groups.filter((g) => g !== null));
  if (search.value.trim() === "") status.replaceChildren();
  else if (matches.length > 0) status.replaceChildren(`${matches.length} match${matches.length === 1 ? "" : "es"}; Enter opens the first.`);
  else if (suggestions.length > 0) status.replaceChildren("No match. Did you mean: ", ...suggestions.flatMap((s, i) => [i > 0 ? ", " : "", h("a", { href: `#/${s}` }, s)]), "?");
  else status.replaceChildren("No match.");
  markCurrent();
}

search.addEventListener("input", sidebar);
search.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  const first = catalog.querySelector<HTMLAnchorElement>("a[data-name]") ?? status.querySelector<HTMLAnchorElement>("a");
  if (first) location.hash = first.getAttribute("href")!;
});
document.querySelector("#skip")!.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", () => render(true));
sidebar();
render(false);
