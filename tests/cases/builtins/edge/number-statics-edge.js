// Number statics with non-number arguments (no coercion), limits, and Number() on boundary strings.
console.log(Number.isInteger('1'), Number.isInteger(1.0), Number.isInteger(-0), Number.isInteger(Infinity), Number.isInteger(2 ** 60), Number.isInteger(5e-324));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(1.5), Number.isSafeInteger('1'));
console.log(Number.isFinite(null), isFinite(null), Number.isNaN(undefined), isNaN(undefined), Number.isNaN(new Number(NaN)));
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_VALUE * (1 + Number.EPSILON), Number.MIN_VALUE / 2, -Number.MIN_VALUE);
console.log(Number('1.7976931348623158e308'), Number('1.7976931348623159e308'), Number('2.4703282292062328e-324'), Number('2.4703282292062327e-324'));
