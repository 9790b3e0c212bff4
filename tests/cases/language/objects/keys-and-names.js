// Object.keys lists own enumerable string keys; getOwnPropertyNames lists all own ones.
var o = Object.create({ inherited: 1 });
o.visible = 1;
Object.defineProperty(o, "hidden", { value: 2, enumerable: false });
console.log(Object.keys(o).join(","), Object.getOwnPropertyNames(o).join(","));
console.log(Object.keys([4, 5]).join(","), Object.getOwnPropertyNames([4, 5]).join(","));
console.log(Object.keys("ab").join(","), Object.getOwnPropertyNames("ab").join(","));
function F() { this.a = 1; }
F.prototype.b = 2;
console.log(Object.keys(new F()).join(","));
try { Object.keys(null); } catch (e) { console.log(e.name); }
console.log(Object.keys(5).length, Object.keys(function () {}).length);
var e = new Error("msg");
console.log(Object.keys(e).length, Object.getOwnPropertyNames(e).indexOf("message") >= 0, e.propertyIsEnumerable("message"));
