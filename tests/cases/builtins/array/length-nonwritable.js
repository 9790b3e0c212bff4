// A non-writable length blocks growth; sloppy writes fail silently, strict ones throw.
var a = [1, 2, 3];
Object.defineProperty(a, "length", { writable: false });
a[5] = "x";
console.log(a.length, a[5]);
a.length = 0;
console.log(a.length);
try { a.push(4); } catch (e) { console.log(e.name, e.message); }
try { a.pop(); } catch (e) { console.log(e.name, e.message); }
(function () {
  "use strict";
  try { a.length = 1; } catch (e) { console.log(e.name, e.message); }
  try { a[3] = 1; } catch (e) { console.log(e.name); }
})();
console.log(a.join(","));
