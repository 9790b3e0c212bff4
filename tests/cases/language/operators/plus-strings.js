// + concatenates when either side is a string after ToPrimitive, evaluating left to right.
console.log(1 + 2 + "3");
console.log("1" + 2 + 3);
console.log(1 + "2" - 1);
console.log("3" * "4");
console.log("a" + null, "a" + undefined);
console.log("a" + true, true + "a");
console.log(1 + null, 1 + undefined, 1 + true, true + true);
console.log("" + 0.1, "" + -0, "" + 1e21, "" + 1e-7);
console.log([] + [], [1] + [2], [1, 2] + 3);
console.log({} + "x");
console.log("x" + function () {}.length);
console.log(null + null, undefined + null);
