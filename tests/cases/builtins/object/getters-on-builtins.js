// Built-in accessor properties: descriptors of a few prototype getters.
function show(obj, key) {
  var d = Object.getOwnPropertyDescriptor(obj, key);
  console.log(key, typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name);
}
show(Object.prototype, "__proto__");
show(RegExp.prototype, "flags");
show(Map.prototype, "size");
show(Symbol.prototype, "description");
show(ArrayBuffer.prototype, "byteLength");
