// Array.from converts Map entries and Set values and keeps their order.
var m = new Map();
m.set("z", 1); m.set("a", 2); m.delete("z"); m.set("z", 3);
console.log(Array.from(m.keys()).join(","), Array.from(m, function (e) { return e[0] + e[1]; }).join(","));
var s = new Set("mississippi");
console.log(Array.from(s).join(""), [...s].length);
console.log(Array.from(new Map()).length, Array.from({ length: 2 }, function () { return "x"; }).join(""));
