import type { CatalogEntry } from "../src/catalog/index.js";

export function renderCategory(catalog: readonly CatalogEntry[], category: string): string;
export function renderPages(catalog: readonly CatalogEntry[]): Map<string, string>;
