// Built-in constructors and namespaces on the global object are writable, configurable and not enumerable.
var names = ["Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "Date", "RegExp", "Error",
  "TypeError", "Math", "JSON", "Map", "Set", "Promise", "ArrayBuffer", "Uint8Array", "WeakRef"];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(globalThis, names[i]);
  console.log(names[i], d ? [typeof d.value, d.writable, d.enumerable, d.configurable].join(" ") : "missing");
}
