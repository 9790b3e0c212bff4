// Number() conversion and Number constants.
console.log(Number("12"), Number("1.5e3"), Number("0b101"), Number("0o17"));
console.log(Number(null), Number(undefined), Number(true), Number([]));
console.log(Number("12px"), Number(" "), Number("-"), Number("."));
console.log(Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(typeof Number("1"), typeof new Number("1"));
console.log(Number(new Number(5)), new Number(5) + 1);
console.log(Number("0x"), Number("0xg"), Number("1e1000"), Number("-1e1000"));
console.log(Number(), Number("\u00a0 7 \ufeff"));
