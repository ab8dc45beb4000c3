// Structural checks of the SVG that vega writes: well-formed tags, one line path per curve, legend text.

/** Every opening tag has its closing tag, in order (self-closing tags excepted). */
export function balancedTags(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

/** vega draws each series of a line mark as its own group holding one path. */
export function countCurves(svg: string): number {
  return [...svg.matchAll(/<g class="mark-line role-mark[^"]*"[^>]*><path [^>]*d="M[^"]+"/g)].length;
}

/** The legend's entries in order: vega gives each its own group with one text element. */
export function legendLabels(svg: string): string[] {
  return [...svg.matchAll(/<g class="mark-text role-legend-label"[^>]*><text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}
