// The global functions: lengths, names and descriptors.
var names = ["eval", "isFinite", "isNaN", "parseFloat", "parseInt", "decodeURI", "decodeURIComponent",
  "encodeURI", "encodeURIComponent", "escape", "unescape"];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(globalThis, names[i]);
  console.log(names[i], d.value.length, d.value.name, d.writable, d.enumerable, d.configurable, "prototype" in d.value);
}
try { new parseInt("1"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new isNaN(1); } catch (e) { console.log(e.name + ": " + e.message); }
