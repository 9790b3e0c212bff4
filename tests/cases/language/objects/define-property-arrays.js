// defineProperty on array indices and length follows array rules.
var a = [1, 2, 3];
Object.defineProperty(a, "5", { value: 6, writable: true, enumerable: true, configurable: true });
console.log(a.length, a.join(","));
Object.defineProperty(a, "length", { value: 2 });
console.log(a.length, a.join(","), 5 in a);
try { Object.defineProperty(a, "length", { value: -1 }); } catch (e) { console.log(e.name); }
var hidden = [1, 2, 3];
Object.defineProperty(hidden, "1", { enumerable: false });
console.log(Object.keys(hidden).join(","), hidden.join(","), JSON.stringify(hidden));
var ro = [1, 2];
Object.defineProperty(ro, "0", { writable: false });
ro[0] = 100;
console.log(ro[0]);
var fixedLen = [1];
Object.defineProperty(fixedLen, "length", { writable: false });
fixedLen[3] = "x";
console.log(fixedLen.length, fixedLen[3]);
