// Number formatting edge cases: toString radix for fractions and large values, toFixed/precision limits.
console.log((0.5).toString(2), (-255.5).toString(16), (1e21).toString(36), (0.1).toString(3), (2 ** 53).toString(2).length);
console.log((123.456).toFixed(0), (0.5).toFixed(0), (1.5).toFixed(0), (-1.5).toFixed(0), (1.005).toFixed(2), (1e-7).toFixed(10));
console.log((0).toPrecision(1), (0.00001).toPrecision(1), (123456).toPrecision(2), (1.25).toPrecision(2), (1.35).toPrecision(2));
console.log((0).toExponential(), (123).toExponential(0), (-1e-7).toExponential(3), (1.45).toExponential(1));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
try { (1).toPrecision(0); } catch (e) { console.log(e.name, e.message); }
try { (1).toString(37); } catch (e) { console.log(e.name, e.message); }
console.log((1e21).toFixed(2), (-1e21).toFixed(2), NaN.toFixed(2), (Infinity).toExponential(), (-0).toFixed(1), (-0.0000001).toFixed(2));
console.log(1e-7, 1e-6, 123e-20, 1.7976931348623157e308 * 10, 5e-324, 5e-324 / 2, 0.000001234, 100 / 3);
