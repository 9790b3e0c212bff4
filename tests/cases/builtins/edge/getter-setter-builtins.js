// Accessors on built-in prototypes: RegExp flags getters, Map size, ArrayBuffer byteLength, Symbol description; receiver errors.
var flags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags');
console.log(typeof flags.get, flags.set, flags.enumerable, flags.configurable, flags.get.name);
console.log(flags.get.call({ global: true, ignoreCase: 0, multiline: 'y', dotAll: false, unicode: 1, sticky: 1, hasIndices: 1 }));
try { flags.get.call(1); } catch (e) { console.log(e.name, e.message); }
var sizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
try { sizeGetter.call(new Set()); } catch (e) { console.log(e.name, e.message); }
console.log(sizeGetter.name, Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.name);
console.log(RegExp.prototype.source, RegExp.prototype.global, RegExp.prototype.flags, String(RegExp.prototype));
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(new ArrayBuffer(4)));
