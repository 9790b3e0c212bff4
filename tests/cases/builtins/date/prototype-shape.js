// Date.prototype's method list, lengths and descriptor flags.
var names = Object.getOwnPropertyNames(Date.prototype).sort();
console.log(names.length);
console.log(names.join(" "));
var lengths = names.filter(function (n) { return typeof Date.prototype[n] === "function"; }).map(function (n) {
  return n + "/" + Date.prototype[n].length;
});
console.log(lengths.join(" "));
var d = Object.getOwnPropertyDescriptor(Date.prototype, "getTime");
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Date).sort().join(" "));
