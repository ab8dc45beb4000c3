#!/usr/bin/env node
// What `npm install neurogebra` puts on a user's disk: the package packed with `npm pack`, installed into an empty
// project with `npm install --omit=dev`, and node_modules measured as the sum of its files' sizes (what du -sb
// reports, less the directories' own blocks). Used by `npm run sizes` and by test/package.test.ts.
// Run after `npm run build`:  node scripts/install-size.mjs
import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");

/** Packs the repository into `dir`; returns the tarball's path. */
export function pack(dir) {
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").at(-1);
  return join(dir, name);
}

/** Installs `tarball` into `project` (created empty) as a user would, without devDependencies. */
export function install(tarball, project) {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, "package.json"), "{}\n");
  execFileSync("npm", ["install", tarball, "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project, stdio: "pipe" });
}

// "@scope/name" or "name" of the installed package a file of node_modules belongs to (nested ones count on their own).
const packageOf = (path) => {
  const parts = path.split(sep);
  const at = parts.lastIndexOf("node_modules");
  return parts[at + 1]?.startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
};

/** Sizes of `project`/node_modules from its files: total bytes, and bytes per installed package. */
export function measure(project) {
  const root = join(project, "node_modules");
  const packages = new Map();
  let bytes = 0;
  for (const file of readdirSync(root, { recursive: true })) {
    const stat = lstatSync(join(root, file));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    const name = packageOf(join("node_modules", relative(root, join(root, file))));
    if (name !== undefined && !name.startsWith(".")) packages.set(name, (packages.get(name) ?? 0) + stat.size);
  }
  return { bytes, packages };
}

const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The report printed by this script and by `npm run sizes`. */
export function report() {
  const work = mkdtempSync(join(tmpdir(), "neurogebra-install-size-"));
  try {
    const tarball = pack(work);
    const project = join(work, "project");
    install(tarball, project);
    const { bytes, packages } = measure(project);
    const du = Number(execFileSync("du", ["-sb", join(project, "node_modules")], { encoding: "utf8" }).split("\t")[0]);
    const lines = [
      `packed package: ${(statSync(tarball).size / 1000).toFixed(1)} kB`,
      `npm install --omit=dev neurogebra: ${packages.size} package${packages.size === 1 ? "" : "s"}, ${MB(bytes)} of files in node_modules (du -sb: ${MB(du)})`,
    ];
    for (const [name, size] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 5)) lines.push(`  ${name}: ${MB(size)}`);
    return lines.join("\n");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`${report()}\n`);
