// Negative indexes only mean "from the end" in at, slice, splice, fill, includes and indexOf.
var a = ["a", "b", "c"];
console.log(a[-1], a.at(-1), a.slice(-1)[0], a.indexOf("c", -1), a.includes("a", -2));
a[-1] = "neg";
console.log(a.length, a[-1], Object.keys(a).join(","), a.at(-1));
console.log(a.lastIndexOf("a", -3), a.fill("x", -1).join(","));
