// The CLI's argument parser, and the only module that imports commander: the published package ships this module
// as a bundle with commander inlined (scripts/build.js), so installing neurogebra installs no dependency.
export { Command, CommanderError, Option } from "commander";
