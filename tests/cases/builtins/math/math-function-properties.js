// Math's functions: lengths, names, non-enumerable and not constructors.
var names = Object.getOwnPropertyNames(Math).filter(function (n) { return typeof Math[n] === "function"; }).sort();
console.log(names.length);
console.log(names.join(" "));
var lines = [];
for (var i = 0; i < names.length; i++) {
  var f = Math[names[i]];
  var d = Object.getOwnPropertyDescriptor(Math, names[i]);
  lines.push(names[i] + "/" + f.length + (d.enumerable ? "e" : "") + (d.writable ? "w" : "") + (d.configurable ? "c" : ""));
}
console.log(lines.join(" "));
try { new Math.max(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("prototype" in Math.sin, Math.sin.name);
try { Math(); } catch (e) { console.log(e.name + ": " + e.message); }
