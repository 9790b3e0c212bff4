// search returns the first match index, ignores g and lastIndex and restores lastIndex.
var re = /o/g;
re.lastIndex = 5;
console.log("foo".search(re), re.lastIndex, "foo".search(/z/), "foo".search("o"), "a.b".search("."));
console.log("abc".search(), "undefined".search(), "x null".search(null), "abc".search(/$/));
console.log("AbC".search(/c/i), "line1\nline2".search(/^line2/m), "a1".search(/\d/));
var custom = { [Symbol.search]: function (s) { return "custom:" + s; } };
console.log("zzz".search(custom));
