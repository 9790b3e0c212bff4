// toFixed rounds the exact binary value and switches to exponent form at 1e21.
console.log((1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1));
console.log((123.456).toFixed(1), (0).toFixed(3), (0.000001).toFixed(7));
console.log((1e21).toFixed(2), (1e20).toFixed(2));
console.log((10.235).toFixed(2), (8.345).toFixed(2));
console.log((-0.000001).toFixed(2), (12).toFixed());
console.log((Math.PI).toFixed(10), (0.1).toFixed(20));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
console.log(NaN.toFixed(2), Infinity.toFixed(1));
