// Numbers print bare, strings print quoted inside containers.
console.log([1, "1", 1.5, "1.5", -0, "-0"]);
console.log({ n: 10, s: "10" });
console.log(1, "1");
console.log([NaN, "NaN", Infinity, "Infinity"]);
console.log([true, "true", null, "null"]);
console.log(["", 0, false]);
console.log("1", 1, "1" + 1, [1 + "1"]);
console.log({ "1": 1, "2": "2" });
console.log([undefined, "undefined"]);
console.log(-0 + "", [-0 + ""]);
