// sinh, cosh, tanh and their inverses on special values and large arguments.
console.log(Math.sinh(0), 1 / Math.sinh(-0), Math.sinh(1), Math.sinh(-Infinity), Math.sinh(710), Math.sinh(1e-10));
console.log(Math.cosh(0), Math.cosh(-0), Math.cosh(1), Math.cosh(-Infinity), Math.cosh(710));
console.log(Math.tanh(0), 1 / Math.tanh(-0), Math.tanh(1), Math.tanh(Infinity), Math.tanh(-Infinity), Math.tanh(20), Math.tanh(1e-10));
console.log(Math.asinh(0), 1 / Math.asinh(-0), Math.asinh(1), Math.asinh(-Infinity), Math.asinh(1e-10));
console.log(Math.acosh(1), Math.acosh(0.5), Math.acosh(2), Math.acosh(Infinity), Math.acosh(-1));
console.log(Math.atanh(0), 1 / Math.atanh(-0), Math.atanh(0.5), Math.atanh(1), Math.atanh(-1), Math.atanh(2));
console.log(Math.sinh(NaN), Math.cosh(NaN), Math.tanh(NaN), Math.asinh(NaN), Math.acosh(NaN), Math.atanh(NaN));
