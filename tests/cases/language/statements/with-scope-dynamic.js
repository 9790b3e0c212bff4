// with lookups are dynamic: properties added or removed later change what names resolve to.
var obj = {};
var x = "global x";
function read() { with (obj) { return x; } }
console.log(read());
obj.x = "obj x";
console.log(read());
delete obj.x;
console.log(read());
var proto = { y: "from proto" };
var child = Object.create(proto);
var y = "outer y";
with (child) { console.log(y); }
function makeReader(scope) {
  with (scope) {
    return function () { return typeof z === "undefined" ? "no z" : z; };
  }
}
var s = {};
var reader = makeReader(s);
console.log(reader());
s.z = "late z";
console.log(reader());
with (obj) { newName = "created global"; }
console.log(typeof obj.newName, newName);
