type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes (`class`, `for`, `aria-*`, ...) and children; text is never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}

/** An error's message for the page: the library's typed errors carry the useful text (and a parse caret). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
