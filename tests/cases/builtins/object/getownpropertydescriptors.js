// getOwnPropertyDescriptors includes symbols and non-enumerable keys.
var s = Symbol("s");
var o = { a: 1 };
o[s] = 2;
Object.defineProperty(o, "hidden", { value: 3 });
var ds = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(ds).join(","), ds[s].value, ds.hidden.enumerable);
var copy = Object.defineProperties({}, ds);
console.log(copy.hidden, copy[s], Object.keys(copy).join(","));
var withAccessor = Object.getOwnPropertyDescriptors({ get x() { return 1; } });
console.log(typeof withAccessor.x.get, withAccessor.x.enumerable);
console.log(Object.keys(Object.getOwnPropertyDescriptors("hi")).join(","), Object.getOwnPropertyDescriptors.length);
