// toPrecision and toExponential, lightly.
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2));
console.log((1.5).toPrecision(1), (1e21).toPrecision(3), (5).toPrecision());
console.log((123.456).toExponential(2), (0).toExponential(), (1e-7).toExponential(3));
console.log((-1234.5).toExponential(1), (255).toExponential());
try { (1).toPrecision(0); } catch (e) { console.log(e.name, e.message); }
console.log((0.000001).toPrecision(1), (0.0000001).toPrecision(1));
console.log((99.99).toPrecision(3), (99.99).toPrecision(2));
console.log((0).toPrecision(3), (-0).toPrecision(2), (1e-10).toPrecision(2));
console.log((123456789).toExponential(3), (0.1).toExponential(20).length);
