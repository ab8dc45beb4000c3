/** The parts of the package issue #18 measures: the module of dist/ each imports from, and the names. */
export const PARTS: Readonly<Record<string, readonly [module: string, names: readonly string[]]>>;
/** Minified and gzipped bytes of a bundle of the names `names` of dist/`module`, minified as an application build minifies. */
export function bundleSize(module: string, names: readonly string[]): Promise<{ minified: number; gzipped: number }>;
