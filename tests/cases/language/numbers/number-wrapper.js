// Number objects versus number primitives.
var prim = 5;
var obj = new Number(5);
console.log(typeof prim, typeof obj, prim == obj, prim === obj);
console.log(obj + 1, obj * 2, obj.valueOf() === 5);
console.log(obj.toString(), String(obj), obj.toFixed(1));
obj.extra = "kept";
console.log(obj.extra);
console.log(new Number(0) ? "truthy" : "falsy", Number(0) ? "truthy" : "falsy");
console.log(Object.prototype.toString.call(prim), Object.prototype.toString.call(obj));
console.log(Number.prototype.valueOf.call(7));
try { Number.prototype.valueOf.call("7"); } catch (e) { console.log(e.name); }
console.log(Number.prototype.toString.call(new Number(10), 2));
