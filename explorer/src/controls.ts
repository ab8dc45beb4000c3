import { h } from "./dom.js";
import type { Control } from "./model.js";

let ids = 0;

/** A labelled slider for one control; `onInput` gets the new value as the thumb moves. */
export function slider(control: Control, onInput: (value: number) => void): HTMLElement {
  const id = `control-${++ids}`;
  const step = (control.max - control.min) / 200;
  const input = h("input", { type: "range", id, name: control.name, min: String(control.min), max: String(control.max), step: String(step), value: String(control.value) });
  const output = h("output", { for: id }, String(control.value));
  input.addEventListener("input", () => {
    output.textContent = String(Number(input.value));
    onInput(Number(input.value));
  });
  const note = control.kind === "input" ? h("span", { class: "hint" }, " (input held fixed)") : null;
  return h("div", { class: "slider" }, h("label", { for: id }, control.name), note, input, output);
}

/** Two number fields for the x interval; `onChange` gets [a, b] as typed (the plot API checks it). */
export function rangeFields(variable: string, range: [number, number], onChange: (range: [number, number]) => void): HTMLElement {
  const field = (label: string, value: number) => {
    const id = `range-${++ids}`;
    const input = h("input", { type: "number", id, value: String(value), step: "any", inputmode: "decimal" });
    return { input, element: h("span", { class: "field" }, h("label", { for: id }, label), input) };
  };
  const from = field(`${variable} from`, range[0]);
  const to = field(`${variable} to`, range[1]);
  const changed = () => onChange([from.input.valueAsNumber, to.input.valueAsNumber]);
  from.input.addEventListener("change", changed);
  to.input.addEventListener("change", changed);
  return h("fieldset", { class: "range" }, h("legend", {}, "Range"), from.element, to.element);
}
