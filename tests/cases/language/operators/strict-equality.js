// === compares type and value without conversion; NaN and +-0 are the exceptions.
console.log(1 === 1, 1 === "1", "a" === "a");
console.log(null === null, undefined === undefined, null === undefined);
console.log(NaN === NaN, 0 === -0, -0 === +0);
console.log(true === 1, {} === {}, [] === []);
var f = function () {};
console.log(f === f, f !== function () {});
console.log("ab" === "a" + "b", 0.1 + 0.2 === 0.3);
console.log(new String("x") === "x", String("x") === "x");
console.log(1 !== 1.0, 1 !== "1");
