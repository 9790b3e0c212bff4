// delete removes elements without changing length, leaving holes.
var a = [1, 2, 3];
console.log(delete a[1], a.length, 1 in a, a.join(","));
console.log(delete a[10], delete a.length, a.length);
delete a[2];
console.log(a.length, a.join(","));
var frozen = Object.freeze([1]);
console.log(delete frozen[0], frozen[0]);
(function () {
  "use strict";
  try { delete frozen[0]; } catch (e) { console.log(e.name, e.message); }
})();
