// Boolean wrappers are ordinary extensible objects.
var b = new Boolean(true);
b.extra = "x";
console.log(b.extra, Object.keys(b).join(","), JSON.stringify(b), JSON.stringify({ v: new Boolean(false) }));
var p = true;
p.extra = "y";
console.log(p.extra, typeof p);
Boolean.prototype.flip = function () { return !this.valueOf(); };
console.log(true.flip(), false.flip(), b.flip());
delete Boolean.prototype.flip;
console.log(typeof true.flip);
console.log(Object.getPrototypeOf(b) === Boolean.prototype, b instanceof Object);
