// Names and lengths of the Array.prototype methods.
var names = Object.getOwnPropertyNames(Array.prototype).filter(function (n) { return typeof Array.prototype[n] === "function" && n !== "constructor"; }).sort();
console.log(names.map(function (n) { return n + "/" + Array.prototype[n].length; }).join(" "));
console.log(names.every(function (n) { return Array.prototype[n].name === n; }));
var d = Object.getOwnPropertyDescriptor(Array.prototype, "map");
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Array).sort().join(","));
console.log(Array.prototype.length, Object.getOwnPropertyDescriptor(Array.prototype, "length").writable);
