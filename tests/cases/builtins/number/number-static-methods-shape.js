// Number's own properties: methods, lengths and descriptors.
var names = Object.getOwnPropertyNames(Number).sort();
console.log(names.join(" "));
var fns = names.filter(function (n) { return typeof Number[n] === "function"; });
console.log(fns.map(function (n) { return n + "/" + Number[n].length; }).join(" "));
var d = Object.getOwnPropertyDescriptor(Number, "isInteger");
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Number.prototype).sort().join(" "));
console.log(Object.getOwnPropertyNames(Number.prototype).sort().map(function (n) { return typeof Number.prototype[n] === "function" ? Number.prototype[n].length : "-"; }).join(""));
