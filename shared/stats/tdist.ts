/**
 * Student's t and normal distributions, written out because every interval the app shows rests
 * on them and no small, well-kept library offers the t quantile for non-integer degrees of
 * freedom (Welch's test gives e.g. df = 24.99). Checked in tests/unit/stats-tdist.test.ts
 * against printed tables and reference values to 1e-9.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, about 15 significant digits), e.g. logGamma(5) = ln 24. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz), valid for x < (a+1)/(a+b+2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const EPS = 1e-16;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * Regularised incomplete beta I_x(a, b). `y` is 1 − x passed separately so that a value of x
 * close to 1 loses no precision (the t tail computes it as t² / (df + t²)). `logBeta` is
 * ln B(a, b) when the caller already has it (the t quantile evaluates the same a, b many times).
 */
export function incompleteBeta(x: number, a: number, b: number, y: number = 1 - x, logBeta?: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const lb = logBeta ?? logGamma(a) + logGamma(b) - logGamma(a + b);
  const logFront = a * Math.log(x) + b * Math.log(y) - lb;
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(b, a, y)) / b;
}

const LOG_GAMMA_HALF = 0.5 * Math.log(Math.PI);

/** ln B(df/2, 1/2), the normalising constant of the t distribution. */
function tLogBeta(df: number): number {
  return logGamma(df / 2) + LOG_GAMMA_HALF - logGamma((df + 1) / 2);
}

/** P(T > t) for t ≥ 0, computed directly so that tiny upper tails keep their precision. */
function upperTail(t: number, df: number, logBeta: number = tLogBeta(df)): number {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2), logBeta);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional), e.g. (2, 3) → 0.9303. */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`Degrees of freedom must be positive, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(df)) return normalCdf(t);
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** Standard normal P(Z ≤ z), e.g. 1.959964 → 0.975; through Γ(½, z²/2) so both tails keep their precision. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const half = 0.5 * upperIncompleteGamma(0.5, (z * z) / 2);
  return z < 0 ? half : 1 - half;
}

/** Regularised upper incomplete gamma Q(a, x): a series below a + 1, a continued fraction above. */
function upperIncompleteGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 10_000 && Math.abs(del) > Math.abs(sum) * 1e-16; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
    }
    return 1 - sum * Math.exp(logFront);
  }
  const TINY = 1e-300;
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(logFront) * h;
}

function poly(coeffs: readonly number[], x: number): number {
  let s = 0;
  for (let i = coeffs.length - 1; i >= 0; i--) s = s * x + coeffs[i];
  return s;
}

// Wichura's algorithm AS 241 (PPND16): the normal quantile to about 1e-16 relative accuracy.
const AS241_A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const AS241_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852545925];
const AS241_C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const AS241_D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
  0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const AS241_E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const AS241_F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** The z with P(Z ≤ z) = p, e.g. 0.975 → 1.959964. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability must be in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(AS241_A, r)) / poly(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = poly(AS241_C, r) / poly(AS241_D, r);
  } else {
    r -= 5;
    value = poly(AS241_E, r) / poly(AS241_F, r);
  }
  return q < 0 ? -value : value;
}

/** Cornish–Fisher expansion of the t quantile around the normal one to 1/df⁵ (Abramowitz & Stegun 26.7.5). */
export function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
  const g5 = (((((27 * z2 + 339) * z2 + 930) * z2 - 1782) * z2 - 765) * z2 + 17955) * z / 368640;
  return z + (g1 + (g2 + (g3 + (g4 + g5 / df) / df) / df) / df) / df;
}

/**
 * The t with P(T ≤ t) = p for Student's t with `df` degrees of freedom (fractional allowed,
 * Infinity gives the normal quantile), e.g. (0.975, 10) → 2.228139, (0.975, 1) → 12.706205.
 * Exact formulas for df = 1 and 2; otherwise a Cornish–Fisher start refined by safeguarded
 * Halley steps on the exact upper tail until it agrees to about 1e-14.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`Degrees of freedom must be positive, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tail = 1 - p;
  if (df === 1) return 1 / Math.tan(Math.PI * tail);
  if (df === 2) return (1 - 2 * tail) * Math.sqrt(2 / (4 * p * tail));
  const z = normalQuantile(p);
  if (!Number.isFinite(df)) return z;
  // From 100 degrees of freedom on (and outside the far tails, p < 0.99997) the expansion alone is
  // within 3e-11 of the exact quantile: no refinement needed. Below, it is a start within 1e-4
  // that one or two Halley steps make exact.
  const start = cornishFisher(z, df);
  if (df >= 100 && z <= 4) return start;

  // Density f(t) = (1 + t²/df)^(−(df+1)/2) / (√df · B(df/2, 1/2)).
  const logBeta = tLogBeta(df);
  const logDensityScale = -logBeta - 0.5 * Math.log(df);

  let t = start > 0 && Number.isFinite(start) ? start : 1;
  // Keep a bracket [lo, hi] with upperTail(lo) > tail > upperTail(hi); no step may leave it.
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 500; i++) {
    const f = upperTail(t, df, logBeta) - tail;
    if (f === 0) return t;
    if (f > 0) lo = t;
    else hi = t;
    // Halley's step on g(t) = P(T > t) − tail: g' = −f(t), g''/g' = −(df+1)·t/(df+t²).
    const newton = f / Math.exp(logDensityScale - ((df + 1) / 2) * Math.log1p((t * t) / df));
    const halley = newton / (1 - (newton * (df + 1) * t) / (2 * (df + t * t)));
    let next = t + (Number.isFinite(halley) && halley * newton > 0 ? halley : newton);
    const inside = next > lo && next < hi;
    if (!inside) next = hi === Infinity ? Math.max(2 * t, 1) : (lo + hi) / 2;
    // Halley converges cubically (error ≈ K·step³ with K below 1 here): after a step below
    // 1e-5·t the remaining error is below 1e-14·t.
    if (inside && Math.abs(next - t) <= 1e-5 * next) return next;
    if (!inside && hi - lo <= 1e-15 * hi) return next;
    t = next;
  }
  return t;
}
