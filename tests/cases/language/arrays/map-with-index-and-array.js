// map passes value, index and the array; its result keeps holes.
var a = ["x", "y", "z"];
console.log(a.map(function (v, i, arr) { return v + i + arr.length; }).join(" "));
console.log(["1", "2", "3"].map(parseInt).join(","));
console.log(["1", "2", "3"].map(Number).join(","));
console.log(["a", "b"].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase).join(""));
var sparse = [1, , 3];
var mapped = sparse.map(function (v) { return v * 2; });
console.log(mapped.length, 1 in mapped, JSON.stringify(mapped));
console.log([3, 4].map(function (v) { return [v, v * v]; }).join(";"));
