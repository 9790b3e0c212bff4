// console.log of primitives, including -0 which inspect distinguishes.
console.log(1, -1, 1.5, -0, 0, NaN, Infinity, -Infinity);
console.log(null, undefined);
console.log(true, false);
console.log("string");
console.log("");
console.log();
console.log(1e21, 1e-7, 0.1 + 0.2);
console.log(typeof 1, String(-0), -0 + "");
console.log(0.1 * 3, 2e-7, -1e21);
