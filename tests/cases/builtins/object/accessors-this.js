// Getters and setters receive the receiver as this, including through the prototype chain.
var proto = {
  get full() { return this.first + " " + this.last; },
  set full(v) { var p = v.split(" "); this.first = p[0]; this.last = p[1]; }
};
var o = Object.create(proto);
o.full = "Ada Lovelace";
console.log(o.first, o.last, o.full, Object.keys(o).join(","), proto.first);
var onlyGet = Object.create({ get ro() { return 1; } });
onlyGet.ro = 2;
console.log(onlyGet.ro, Object.keys(onlyGet).length);
(function () {
  "use strict";
  try { onlyGet.ro = 3; } catch (e) { console.log(e.name, e.message); }
})();
var readOnly = Object.create(Object.defineProperty({}, "x", { value: 1 }));
readOnly.x = 2;
console.log(readOnly.x, readOnly.hasOwnProperty("x"));
