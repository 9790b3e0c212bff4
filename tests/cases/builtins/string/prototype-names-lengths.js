// Names and lengths of the String.prototype methods.
var names = ["at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf",
  "lastIndexOf", "localeCompare", "match", "matchAll", "normalize", "padEnd", "padStart", "repeat",
  "replace", "replaceAll", "search", "slice", "split", "startsWith", "substring", "toLowerCase",
  "toUpperCase", "trim", "trimStart", "trimEnd", "substr"];
console.log(names.map(function (n) { return n + "/" + String.prototype[n].length; }).join(" "));
var bad = names.filter(function (n) { return String.prototype[n].name !== n; });
console.log(bad.length);
var d = Object.getOwnPropertyDescriptor(String.prototype, "slice");
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.keys(String.prototype).length, Object.getPrototypeOf(String.prototype) === Object.prototype);
console.log(String.fromCharCode.name, String.raw.name, String.fromCodePoint.name);
