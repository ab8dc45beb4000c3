// asciichart ships no types; this declares the part the terminal plot uses.
declare module "asciichart" {
  export interface PlotConfig {
    height?: number;
    min?: number;
    max?: number;
    offset?: number;
    padding?: string;
    colors?: string[];
    format?: (value: number, index: number) => string;
  }
  export function plot(series: number[] | number[][], config?: PlotConfig): string;
  export const blue: string;
  export const red: string;
  export const green: string;
  export const magenta: string;
  export const cyan: string;
  export const yellow: string;
  export const reset: string;
}
