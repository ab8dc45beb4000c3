import { ArgumentError, type Node, type ParseOptions, mapBottomUp, num, parse, substitute } from "../core/index.js";
import { CATALOG, type CatalogEntry } from "../catalog/index.js";

/** A named formula that other formulas may call: its node, inputs and parameter defaults. */
export interface Callable {
  readonly node: Node;
  readonly variables: readonly string[];
  readonly params: Readonly<Record<string, number>>;
}

/**
 * The names a formula may use besides the engine's functions: catalog entries and, in a MathForge, the
 * formulas defined there. A call `relu(2*x)` inlines relu's formula with x := 2*x and its parameters at their
 * defaults, so the result is an ordinary expression (and gets the stability rewrites).
 */
export class Scope {
  private readonly entries = new Map<string, Callable | (() => Callable)>();

  constructor(private readonly parent?: Scope) {}

  set(name: string, callable: Callable | (() => Callable)): void {
    this.entries.set(name, callable);
  }

  get(name: string): Callable | undefined {
    let c = this.entries.get(name);
    if (typeof c === "function") {
      c = c();
      this.entries.set(name, c);
    }
    return c ?? this.parent?.get(name);
  }

  names(): string[] {
    return [...this.entries.keys(), ...(this.parent?.names() ?? [])];
  }

  /** Parse options that resolve calls of scope names. */
  parseOptions(): ParseOptions {
    return {
      resolveCall: (name, args) => {
        const c = this.get(name);
        if (!c) return undefined;
        if (args.length !== c.variables.length) {
          throw new ArgumentError(`${name} takes ${c.variables.length} argument${c.variables.length === 1 ? "" : "s"} (${c.variables.join(", ")}), got ${args.length}.`);
        }
        return inline(c, args);
      },
      extraNames: () => this.names(),
    };
  }

  /** Parses a formula in which bare names of scope entries stand for their formulas ("mse + 0.1*mae"). */
  parseWithBareNames(formula: string): Node {
    const tree = parse(formula, this.parseOptions());
    return mapBottomUp(tree, (n) => {
      if (n.kind !== "sym") return n;
      const c = this.get(n.name);
      return c ? inline(c, c.variables.map((v) => parse(v))) : n;
    });
  }
}

function inline(c: Callable, args: readonly Node[]): Node {
  const bindings = new Map<string, Node>();
  c.variables.forEach((v, i) => bindings.set(v, args[i]!));
  for (const [p, value] of Object.entries(c.params)) bindings.set(p, num(value));
  return substitute(c.node, bindings);
}

/** Parses a catalog entry's formula (no scope names inside catalog formulas). */
function catalogCallable(entry: CatalogEntry): Callable {
  return { node: parse(entry.formula), variables: entry.variables, params: entry.params ?? {} };
}

let builtins: Scope | undefined;

/** The scope of the built-in catalog, shared by every Expression and MathForge (entries parsed on first use). */
export function builtinScope(): Scope {
  if (!builtins) {
    builtins = new Scope();
    for (const entry of CATALOG) {
      // One parse per entry, shared by its name and its aliases.
      let parsed: Callable | undefined;
      const make = () => (parsed ??= catalogCallable(entry));
      builtins.set(entry.name, make);
      for (const alias of entry.metadata.aliases ?? []) builtins.set(alias, make);
    }
  }
  return builtins;
}
