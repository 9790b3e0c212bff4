// Names and lengths of the Object static methods.
var names = Object.getOwnPropertyNames(Object).filter(function (n) { return typeof Object[n] === "function"; }).sort();
console.log(names.map(function (n) { return n + "/" + Object[n].length; }).join(" "));
console.log(names.every(function (n) { return Object[n].name === n; }));
var d = Object.getOwnPropertyDescriptor(Object, "keys");
console.log(d.writable, d.enumerable, d.configurable);
var pd = Object.getOwnPropertyDescriptor(Object, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
var protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
console.log(protoNames.join(","));
