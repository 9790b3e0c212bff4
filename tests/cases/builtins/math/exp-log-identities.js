// exp/log identities that hold exactly at powers of two and for e.
console.log(Math.log(Math.E), Math.exp(0), Math.log(1), Math.log2(Math.pow(2, 30)), Math.log2(0.5), Math.log10(1e15));
console.log(Math.log(Math.pow(2, 10)) / Math.LN2, Math.LN2 * Math.LOG2E, Math.LN10 * Math.LOG10E, Math.SQRT2 * Math.SQRT1_2);
console.log(Math.expm1(Math.log1p(0.5)), Math.log1p(Math.expm1(0.25)), Math.sqrt(2) === Math.SQRT2, Math.sqrt(0.5) === Math.SQRT1_2);
