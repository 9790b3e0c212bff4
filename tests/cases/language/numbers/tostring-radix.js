// Number.prototype.toString with a radix.
console.log((25).toString(2), (255).toString(16), (255).toString(8));
console.log((-255).toString(16), (35).toString(36), (36).toString(36));
console.log((0).toString(2), (1).toString(2), (1024).toString(2));
console.log((0.5).toString(2), (0.25).toString(2), (0.1).toString(2).length > 10);
console.log((4294967295).toString(16), (4294967296).toString(16));
console.log((123).toString(10), (123).toString());
try { (1).toString(1); } catch (e) { console.log(e.name, e.message); }
try { (1).toString(37); } catch (e) { console.log(e.name); }
console.log((255).toString(16.9), (10).toString("2"));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
