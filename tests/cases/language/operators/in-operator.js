// in checks own and inherited properties, with the key converted to a string.
var o = { a: 1, 2: "two", undefinedValue: undefined };
console.log("a" in o, "b" in o, 2 in o, "2" in o);
console.log("undefinedValue" in o, "toString" in o, "hasOwnProperty" in o);
var arr = [10, 20];
console.log(0 in arr, 2 in arr, "length" in arr, "push" in arr);
var sparse = [, 1];
console.log(0 in sparse, 1 in sparse);
console.log("length" in "abc".split(""), "x" in Object.create(null));
var key = { toString: function () { return "a"; } };
console.log(key in o);
try { "a" in "abc"; } catch (e) { console.log(e.name, e.message); }
try { "a" in null; } catch (e) { console.log(e.name); }
console.log("call" in function () {});
