// Multiple arguments are joined with spaces, each formatted on its own.
console.log("a", "b", "c");
console.log("number", 1, "object", { k: 1 }, "array", [1]);
console.log(1, "1", [1], ["1"]);
console.log(null, "null", [null]);
console.log("", "", "x");
console.log("trailing", "");
console.log({ a: 1 }, { b: 2 });
console.log([1, 2], "between", [3]);
console.log(true, false, "true");
