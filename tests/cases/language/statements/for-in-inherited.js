// for-in includes inherited enumerable properties after own ones, shadowed names once.
function Base() { this.own1 = 1; }
Base.prototype.inherited = 2;
Base.prototype.shadowed = 3;
var o = new Base();
o.shadowed = 4;
o.own2 = 5;
var keys = [];
for (var k in o) keys.push(k + (o.hasOwnProperty(k) ? "" : "*"));
console.log(keys.join(" "));
var proto = { p: 1 };
Object.defineProperty(proto, "hidden", { value: 1, enumerable: false });
var child = Object.create(proto);
child.c = 2;
Object.defineProperty(child, "p", { value: 3, enumerable: false });
keys = [];
for (k in child) keys.push(k);
console.log(keys.join(" "));
keys = [];
for (k in Object.prototype) keys.push(k);
console.log(keys.length);
for (k in null) console.log("never");
for (k in undefined) console.log("never");
keys = [];
for (k in "ab") keys.push(k);
console.log(keys.join(" "));
