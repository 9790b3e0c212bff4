// The well-known symbols are shared, non-writable properties of Symbol.
var names = ["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll",
  "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"];
console.log(names.map(function (n) { return String(Symbol[n]); }).join(" "));
var d = Object.getOwnPropertyDescriptor(Symbol, "iterator");
console.log(d.writable, d.enumerable, d.configurable);
console.log(names.every(function (n) { return typeof Symbol[n] === "symbol" && Symbol.keyFor(Symbol[n]) === undefined; }));
Symbol.iterator = "changed";
console.log(typeof Symbol.iterator);
