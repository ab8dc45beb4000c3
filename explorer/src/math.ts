import katex from "katex";
import "katex/dist/katex.min.css";
import { h } from "./dom.js";

/** Typeset LaTeX (display style) with the TeX source kept for copying and for screen readers' fallback. */
export function formula(label: string, latex: string): HTMLElement {
  const box = h("div", { class: "math", "data-latex": latex });
  katex.render(latex, box, { displayMode: true, throwOnError: false, output: "htmlAndMathml" });
  return h("figure", { class: "formula" }, h("figcaption", {}, label), box);
}
