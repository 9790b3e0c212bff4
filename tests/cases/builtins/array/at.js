// at accepts negative and fractional indexes and returns undefined out of range.
var a = ["a", "b", "c"];
console.log(a.at(0), a.at(-1), a.at(-3), a.at(3), a.at(-4));
console.log(a.at(1.9), a.at(-1.9), a.at("1"), a.at(NaN), a.at());
console.log(a.at(Infinity), a.at(null), a.at(true));
console.log(Array.prototype.at.call("xyz", -1), Array.prototype.at.call({ length: 1, 0: "q" }, 0));
console.log(Array.prototype.at.length, Array.prototype.at.name);
console.log([1, , 3].at(1));
