// The flag getters live on RegExp.prototype and return undefined for RegExp.prototype itself.
var names = ["dotAll", "flags", "global", "hasIndices", "ignoreCase", "multiline", "source", "sticky", "unicode"];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(RegExp.prototype, names[i]);
  console.log(names[i], typeof d.get, d.set, d.enumerable, d.configurable, String(RegExp.prototype[names[i]]));
}
var re = /x/gi;
console.log(Object.getOwnPropertyNames(re).join(","), Object.getOwnPropertyDescriptor(re, "lastIndex").writable);
console.log(Object.getOwnPropertyDescriptor(re, "lastIndex").enumerable, re.hasOwnProperty("global"));
