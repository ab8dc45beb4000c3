// The metric category: Neurogebra's 27 names, inputs against parameters, the 0/0 conventions, and the array forms
// against the numbers scikit-learn prints in its docstrings. Accuracy against the high-precision oracle is in
// contract.test.ts (scalar entries) and vector-contract.test.ts (array forms).
//
// Where the numbers come from (scikit-learn's repository, read through the stored-file index; its snapshot was too
// large to fetch): sklearn/metrics/_classification.py at commit f5242163 (docstrings of accuracy_score,
// precision_score, recall_score, f1_score, fbeta_score, matthews_corrcoef, balanced_accuracy_score, jaccard_score,
// log_loss, brier_score_loss); sklearn/metrics/_ranking.py at commit 000ab8a4 (metric_at_thresholds, dcg_score,
// ndcg_score); sklearn/metrics/_regression.py of release 1.3 (r2_score, mean_absolute_percentage_error,
// mean_squared_error). A docstring that prints "0.948..." is checked on those digits and, where the exact value is a
// simple fraction, on that fraction worked out by hand from the documented formula.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArgumentError, MathForge, type Tensor } from "../../src/index.js";

const forge = new MathForge();
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebra = reference.categories["metric"]!;
const ARRAY_FORMS = ["accuracy", "precision", "recall", "f1", "fbeta", "matthews_corrcoef", "r2_score", "mean_absolute_percentage_error", "ndcg"];

const value = (name: string, args: Record<string, number>, params?: Record<string, number>) => forge.get(name, { params }).eval(args) as number;
/** An array form on rows (one value per row). */
const rows = (name: string, y_pred: number[][], y_true: number[][], params?: Record<string, number>) =>
  (forge.get(name, { params }).eval({ y_pred, y_true }) as Tensor).toArray() as number[];
/** The digits a docstring prints before its ellipsis ("0.948..."). */
const truncated = (x: number, digits: number) => Math.trunc(x * 10 ** digits) / 10 ** digits;

/** One-vs-rest rows of a multi-class example: row c holds the labels "is class c". */
const oneVsRest = (labels: number[], classes: number) => Array.from({ length: classes }, (_, c) => labels.map((l) => (l === c ? 1 : 0)));
/** The multi-label example's columns as rows. */
const columns = (m: number[][]) => m[0]!.map((_, c) => m.map((r) => r[c]!));

describe("metric category", () => {
  it("holds Neurogebra's 27 metric formulas and the 9 array forms", () => {
    expect(neurogebra.length).toBe(27);
    const names = forge.listAll({ category: "metric" });
    expect(names.length).toBe(36);
    expect(names.slice(27)).toEqual(ARRAY_FORMS);
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("resolves Neurogebra's %s", (name, ng) => {
    const e = forge.get(name);
    expect(e.metadata.category).toBe("metric");
    // Every Neurogebra parameter is an input or a parameter here; no epsilon is kept.
    const known = [...e.variables, ...Object.keys(e.params)];
    for (const p of ng.params) expect(known, `${name}: ${p}`).toContain(p);
    expect(e.toString()).not.toContain("1.0e-8");
    expect(e.toString()).not.toContain("1e-8");
  });

  it("takes counts and scores as inputs, weights and sizes as parameters", () => {
    expect(forge.get("precision_formula").variables).toEqual(["tp", "fp"]);
    expect(forge.get("matthews_corr").variables).toEqual(["tp", "tn", "fp", "fn"]);
    expect(forge.get("fbeta_score_formula").params).toEqual({ beta_f: 1 });
    expect(forge.get("adjusted_r_squared").variables).toEqual(["r2"]);
    expect(forge.get("adjusted_r_squared").params).toEqual({ n_samples: 100, n_features: 5 });
    for (const name of ARRAY_FORMS) expect(forge.get(name).variables).toEqual(["y_pred", "y_true"]);
    expect(forge.get("fbeta").params).toEqual({ threshold: 0.5, beta: 1 });
    expect(forge.get("r2_score").params).toEqual({});
  });

  it("makes 0/0 a documented NaN, and the F-scores' limit 0 at prec = rec = 0", () => {
    expect(value("precision_formula", { tp: 0, fp: 0 })).toBeNaN();
    expect(value("recall_formula", { tp: 0, fn: 0 })).toBeNaN();
    expect(value("specificity_formula", { tn: 0, fp: 0 })).toBeNaN();
    expect(value("matthews_corr", { tp: 3, tn: 0, fp: 0, fn: 2 })).toBeNaN();
    expect(value("jaccard_index", { n_intersect: 0, n_union: 0 })).toBeNaN();
    expect(value("r_squared", { ss_res: 0, ss_tot: 0 })).toBeNaN();
    expect(value("r_squared", { ss_res: 1, ss_tot: 0 })).toBe(-Infinity);
    expect(value("precision_formula", { tp: 0, fp: 3 })).toBe(0);
    expect(value("f1_score_formula", { prec: 0, rec: 0 })).toBe(0);
    expect(value("fbeta_score_formula", { prec: 0, rec: 0 }, { beta_f: 2 })).toBe(0);
    expect(value("f1_score_formula", { prec: NaN, rec: 0.5 })).toBeNaN();
    for (const name of ["precision_formula", "recall_formula", "specificity_formula", "jaccard_index", "r_squared", "precision", "recall", "f1", "fbeta"]) {
      expect(forge.get(name).metadata.conventions?.join(" "), name).toContain("0/0 is NaN");
    }
    expect(forge.get("f1_score_formula").metadata.conventions?.join(" ")).toContain("the limit");
  });

  it("rejects counts and probabilities outside their domains", () => {
    expect(() => value("precision_formula", { tp: -1, fp: 2 })).toThrow(ArgumentError);
    expect(() => value("f1_score_formula", { prec: 1.5, rec: 0.5 })).toThrow(/prec must be a value in \[0, 1\]/);
    expect(() => value("cosine_distance_metric", { dot_ab: 0, norm_a: 0, norm_b: 1 })).toThrow(/norm_a must be a positive norm/);
    expect(() => rows("precision", [[0.9, 0.2]], [[2, 0]])).toThrow(ArgumentError);
    expect(() => rows("ndcg", [[0.9, 0.2]], [[-1, 0]])).toThrow(/y_true must be a non-negative relevance/);
  });

  describe("against scikit-learn's docstrings", () => {
    // precision_score, recall_score, f1_score, fbeta_score (average=None): y_true = [0, 1, 2, 0, 1, 2],
    // y_pred = [0, 2, 1, 0, 0, 1]; one row per class, one-vs-rest, as average=None computes them.
    const yTrue = oneVsRest([0, 1, 2, 0, 1, 2], 3);
    const yPred = oneVsRest([0, 2, 1, 0, 0, 1], 3);

    it("precision, recall, f1 and fbeta per class (_classification.py: precision_score, recall_score, f1_score, fbeta_score)", () => {
      expect(rows("precision", yPred, yTrue)).toEqual([2 / 3, 0, 0]); // array([0.66..., 0., 0.])
      expect(rows("recall", yPred, yTrue)).toEqual([1, 0, 0]); // array([1., 0., 0.])
      expect(rows("f1", yPred, yTrue)).toEqual([0.8, 0, 0]); // array([0.8, 0., 0.])
      const f = rows("fbeta", yPred, yTrue, { beta: 0.5 }); // array([0.71..., 0., 0.])
      expect(truncated(f[0]!, 2)).toBe(0.71);
      expect(f[0]).toBeCloseTo(5 / 7, 15); // (1 + 1/4)*(2/3)*1/((1/4)*(2/3) + 1)
      expect(f.slice(1)).toEqual([0, 0]);
    });

    it("precision with no predicted positive: scikit-learn's 0 (or zero_division), here NaN (_classification.py: precision_score)", () => {
      // y_pred = [0, 0, 0, 0, 0, 0]: array([0.33..., 0., 0.]), and array([0.33..., 1., 1.]) with zero_division=1.
      const p = rows("precision", oneVsRest([0, 0, 0, 0, 0, 0], 3), yTrue);
      expect(p[0]).toBeCloseTo(1 / 3, 15);
      expect(p[1]).toBeNaN();
      expect(p[2]).toBeNaN();
      // recall_score with y_true = [0, 0, 0, 0, 0, 0] and the first y_pred: array([0.5, 0., 0.]); classes 1 and 2 have no positive.
      const r = rows("recall", yPred, oneVsRest([0, 0, 0, 0, 0, 0], 3));
      expect(r[0]).toBe(0.5);
      expect(r.slice(1).every(Number.isNaN)).toBe(true);
      // f1_score([0]*6, [0]*6, zero_division=1) is 1.0: neither a predicted nor an actual positive.
      expect(rows("f1", [[0, 0, 0, 0, 0, 0]], [[0, 0, 0, 0, 0, 0]])[0]).toBeNaN();
    });

    it("the multi-label example, label by label (_classification.py: precision_score, recall_score, f1_score)", () => {
      const t = columns([[0, 0, 0], [1, 1, 1], [0, 1, 1]]);
      const p = columns([[0, 0, 0], [1, 1, 1], [1, 1, 0]]);
      expect(rows("precision", p, t)).toEqual([0.5, 1, 1]); // array([0.5, 1. , 1. ])
      expect(rows("recall", p, t)).toEqual([1, 1, 0.5]); // array([1. , 1. , 0.5])
      expect(rows("f1", p, t)).toEqual([2 / 3, 1, 2 / 3]); // array([0.66666667, 1., 0.66666667])
    });

    it("accuracy of thresholded scores, y_score >= threshold (_ranking.py: metric_at_thresholds with accuracy_score)", () => {
      // y_true = [0, 0, 1, 1], y_score = [0.1, 0.4, 0.35, 0.8]; thresholds [0.8, 0.4, 0.35, 0.1] give [0.75, 0.5, 0.75, 0.5].
      const at = (threshold: number) => rows("accuracy", [[0.1, 0.4, 0.35, 0.8]], [[0, 0, 1, 1]], { threshold })[0];
      expect([0.8, 0.4, 0.35, 0.1].map(at)).toEqual([0.75, 0.5, 0.75, 0.5]);
    });

    it("accuracy of labels as the mean of accuracy_elem (_classification.py: accuracy_score)", () => {
      // accuracy_score([0, 1, 2, 3], [0, 2, 1, 3]) is 0.5; normalize=False gives 2.
      const elem = forge.get("accuracy_elem");
      expect(elem.eval({ y_pred: [0, 2, 1, 3], y_true: [0, 1, 2, 3] }, { reduction: "mean" })).toBe(0.5);
      expect(elem.eval({ y_pred: [0, 2, 1, 3], y_true: [0, 1, 2, 3] }, { reduction: "sum" })).toBe(2);
    });

    it("Matthews correlation (_classification.py: matthews_corrcoef)", () => {
      // matthews_corrcoef([+1, +1, +1, -1], [+1, -1, +1, +1]) is -0.33...: tp = 2, tn = 0, fp = 1, fn = 1.
      const mcc = rows("matthews_corrcoef", [[1, 0, 1, 1]], [[1, 1, 1, 0]])[0]!;
      expect(truncated(mcc, 2)).toBe(-0.33);
      expect(mcc).toBeCloseTo(-1 / 3, 15);
      expect(value("matthews_corr", { tp: 2, tn: 0, fp: 1, fn: 1 })).toBeCloseTo(-1 / 3, 15);
      // All predictions of one class: scikit-learn returns 0, here 0/0 = NaN.
      expect(rows("matthews_corrcoef", [[1, 1, 1, 1]], [[1, 1, 1, 0]])[0]).toBeNaN();
    });

    it("balanced accuracy from recall and specificity (_classification.py: balanced_accuracy_score)", () => {
      // y_true = [0, 1, 0, 0, 1, 0], y_pred = [0, 1, 0, 0, 0, 1] give 0.625.
      const t = [0, 1, 0, 0, 1, 0];
      const p = [0, 1, 0, 0, 0, 1];
      const sensitivity = rows("recall", [p], [t])[0]!;
      const specificity = rows("recall", [p.map((v) => 1 - v)], [t.map((v) => 1 - v)])[0]!;
      expect(value("specificity_formula", { tn: 3, fp: 1 })).toBe(specificity);
      expect(value("balanced_accuracy", { sensitivity, specificity })).toBe(0.625);
    });

    it("Jaccard index (_classification.py: jaccard_score, multi-class example)", () => {
      // y_true = [0, 1, 2, 2], y_pred = [0, 2, 1, 2], average=None: array([1. , 0. , 0.33...]).
      expect(value("jaccard_index", { n_intersect: 1, n_union: 1 })).toBe(1);
      expect(value("jaccard_index", { n_intersect: 0, n_union: 2 })).toBe(0);
      expect(truncated(value("jaccard_index", { n_intersect: 1, n_union: 3 }), 2)).toBe(0.33);
    });

    it("log loss and Brier score as means of the per-sample forms (_classification.py: log_loss, brier_score_loss)", () => {
      // log_loss(["spam", "ham", "ham", "spam"], [[.1, .9], [.9, .1], [.8, .2], [.35, .65]]) is 0.21616...
      const logLoss = forge.get("log_loss_elem").eval({ p: [0.9, 0.1, 0.2, 0.65], y: [1, 0, 0, 1] }, { reduction: "mean" }) as number;
      expect(truncated(logLoss, 5)).toBe(0.21616);
      // brier_score_loss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3]) is 0.037...: (0.01 + 0.01 + 0.04 + 0.09)/4.
      const brier = forge.get("brier_score_elem").eval({ p: [0.1, 0.9, 0.8, 0.3], y: [0, 1, 1, 0] }, { reduction: "mean" }) as number;
      expect(truncated(brier, 3)).toBe(0.037);
      expect(brier).toBeCloseTo(0.0375, 15);
    });

    it("R² (_regression.py: r2_score), with force_finite=False's values for a constant target", () => {
      // y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]: 0.948..., exactly 1 - 1.5/29.1875 = 443/467.
      const r2 = rows("r2_score", [[2.5, 0, 2, 8]], [[3, -0.5, 2, 7]])[0]!;
      expect(truncated(r2, 3)).toBe(0.948);
      expect(r2).toBeCloseTo(443 / 467, 15);
      expect(value("r_squared", { ss_res: 1.5, ss_tot: 29.1875 })).toBe(r2);
      // [1, 2, 3] against [1, 2, 3], [2, 2, 2] and [3, 2, 1]: 1.0, 0.0, -3.0.
      expect(rows("r2_score", [[1, 2, 3], [2, 2, 2], [3, 2, 1]], [[1, 2, 3], [1, 2, 3], [1, 2, 3]])).toEqual([1, 0, -3]);
      // y_true = [-2, -2, -2]: NaN for a perfect prediction and -inf for y_pred = [-2, -2, -2 + 1e-8] with
      // force_finite=False (1.0 and 0.0 by default).
      const constant = rows("r2_score", [[-2, -2, -2], [-2, -2, -2 + 1e-8]], [[-2, -2, -2], [-2, -2, -2]]);
      expect(constant[0]).toBeNaN();
      expect(constant[1]).toBe(-Infinity);
    });

    it("mean absolute percentage error (_regression.py: mean_absolute_percentage_error)", () => {
      // y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]: 0.3273..., exactly (1/6 + 1 + 0 + 1/7)/4 = 55/168.
      const mape = rows("mean_absolute_percentage_error", [[2.5, 0, 2, 8]], [[3, -0.5, 2, 7]])[0]!;
      expect(truncated(mape, 4)).toBe(0.3273);
      expect(mape).toBeCloseTo(55 / 168, 15);
      // The two-output example, outputs as rows: 0.5515... uniformly, 0.6198... with weights [0.3, 0.7].
      const [a, b] = rows("mean_absolute_percentage_error", [[0, -1, 8], [2, 2, -5]], [[0.5, -1, 7], [1, 1, -6]]) as [number, number];
      expect(truncated((a + b) / 2, 4)).toBe(0.5515);
      expect(truncated(0.3 * a + 0.7 * b, 4)).toBe(0.6198);
      // A target of 0: scikit-learn divides by machine epsilon (112589990684262.48); here Infinity.
      expect(rows("mean_absolute_percentage_error", [[1.2, 0.1, 2.4, 8]], [[1, 0, 2.4, 7]])[0]).toBe(Infinity);
      expect(forge.get("mape_elem").eval({ y_pred: [2.5, 0, 2, 8], y_true: [3, -0.5, 2, 7] }, { reduction: "mean" })).toBe(mape);
    });

    it("mean squared error and its root as means of the per-sample forms (_regression.py: mean_squared_error)", () => {
      // y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]: 0.375, and 0.612... with squared=False.
      const mse = forge.get("mse_elem").eval({ y_pred: [2.5, 0, 2, 8], y_true: [3, -0.5, 2, 7] }, { reduction: "mean" }) as number;
      expect(mse).toBe(0.375);
      expect(truncated(value("rmse_formula", { mse_val: mse }), 3)).toBe(0.612);
    });

    it("DCG and NDCG, ties averaged (_ranking.py: dcg_score, ndcg_score)", () => {
      const relevance = [10, 0, 0, 1, 5];
      // dcg_score([[10, 0, 0, 1, 5]], [[.1, .2, .3, 4, 70]]) is 9.49...: relevances 5, 1, 0, 0, 10 at positions 1 to 5.
      const dcg = [5, 1, 0, 0, 10].reduce((s, rel, k) => s + value("dcg_elem", { rel, pos: k + 1 }), 0);
      expect(truncated(dcg, 2)).toBe(9.49);
      // ndcg_score: 0.69... and 0.49... for the two score rows of its docstring.
      const [first, second] = rows("ndcg", [[0.1, 0.2, 0.3, 4, 70], [0.05, 1.1, 1, 0.5, 0]], [relevance, relevance]) as [number, number];
      expect(truncated(first, 2)).toBe(0.69);
      expect(truncated(second, 2)).toBe(0.49);
      const ideal = 10 + 5 / Math.log2(3) + 1 / Math.log2(4);
      expect(first).toBeCloseTo(dcg / ideal, 14);
      expect(value("ndcg_formula", { dcg, idcg: ideal })).toBeCloseTo(first, 14);
      // Scores [1, 0, 0, 0, 1] tie 10 with 5 and 0, 0 with 1: each group's mean relevance times the discounts of
      // the positions it occupies (McSherry & Najork, as _tie_averaged_dcg computes it).
      const tied = 7.5 * (1 + 1 / Math.log2(3)) + (1 / 3) * (1 / Math.log2(4) + 1 / Math.log2(5) + 1 / Math.log2(6));
      expect(rows("ndcg", [[1, 0, 0, 0, 1]], [relevance])[0]).toBeCloseTo(tied / ideal, 14);
      // Every score tied: every position gets the mean relevance.
      expect(rows("ndcg", [[3, 3, 3, 3, 3]], [relevance])[0]).toBeCloseTo((16 / 5) * [1, 2, 3, 4, 5].reduce((s, p) => s + 1 / Math.log2(p + 1), 0) / ideal, 14);
      // A perfect order is 1; a row without relevance is 0/0 (scikit-learn: 0).
      expect(rows("ndcg", [relevance], [relevance])[0]).toBeCloseTo(1, 15);
      expect(rows("ndcg", [[0.3, 0.2]], [[0, 0]])[0]).toBeNaN();
    });
  });

  it("is differentiable where the metric is smooth, and flat where it counts", () => {
    expect(forge.get("r2_score").gradient("y_pred").toString()).toContain("y_pred[i] - 2*y_true[i]");
    const grad = forge.get("precision").gradient("y_pred").eval({ y_pred: [[0.9, 0.2, 0.7]], y_true: [[1, 0, 0]] }) as Tensor;
    expect(grad.toArray()).toEqual([[0, 0, 0]]);
  });

  it("averages over a batch of rows with a reduction", () => {
    expect(forge.get("f1").eval({ y_pred: yPredRows, y_true: yTrueRows }, { reduction: "mean" })).toBeCloseTo((0.8 + 0 + 0) / 3, 15);
  });

  it("is found by words and compared within the category", () => {
    expect(forge.search("precision")).toContain("precision_formula");
    expect(forge.search("ranking")).toContain("ndcg");
    const table = forge.compare(["reciprocal_rank", "rmse_formula"], { at: 4 });
    expect(table).toContain("reciprocal_rank");
    expect(forge.compareValues(["reciprocal_rank"], 4)[0]).toEqual({ name: "reciprocal_rank", value: 0.25, gradient: -0.0625 });
  });
});

const yTrueRows = oneVsRest([0, 1, 2, 0, 1, 2], 3);
const yPredRows = oneVsRest([0, 2, 1, 0, 0, 1], 3);
