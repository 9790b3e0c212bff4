// exp, expm1, log, log1p, log2 and log10 on special values and small arguments.
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(709), Math.exp(710), Math.exp(-745), Math.exp(-746));
console.log(Math.exp(-Infinity), Math.exp(Infinity), Math.exp(NaN), Math.exp(-0));
console.log(Math.expm1(0), 1 / Math.expm1(-0), Math.expm1(1e-10), Math.expm1(-Infinity), Math.expm1(1));
console.log(Math.log(1), Math.log(0), Math.log(-0), Math.log(-1), Math.log(Math.E), Math.log(Infinity));
console.log(Math.log1p(0), 1 / Math.log1p(-0), Math.log1p(-1), Math.log1p(-2), Math.log1p(1e-10), Math.log1p(Infinity));
console.log(Math.log2(8), Math.log2(1024), Math.log2(3), Math.log2(0), Math.log2(-1), Math.log2(Math.pow(2, -1074)));
console.log(Math.log10(1000), Math.log10(1e-5), Math.log10(2), Math.log10(0), Math.log10(1e308), Math.log10(-0));
console.log(Math.log(10) / Math.LN10, Math.exp(Math.log(4)));
