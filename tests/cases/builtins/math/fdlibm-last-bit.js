// Results where V8's fdlibm-based exp, log and pow differ in the last bit from other libms.
console.log(Math.pow(10, 23), Math.pow(10, -5), Math.pow(10, -4));
console.log(Math.exp(Math.log(5)), Math.exp(Math.log(7)));
console.log(Math.pow(1.1, 10), Math.pow(3, 0.5), Math.pow(10, 0.5));
console.log(Math.log1p(2), Math.cbrt(5e-324), Math.cbrt(-5e-324));
