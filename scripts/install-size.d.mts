export function pack(dir: string): string;
export function install(tarball: string, project: string): void;
export function measure(project: string): { bytes: number; packages: Map<string, number> };
export function report(): string;
