// -0 arises from arithmetic; it is visible through 1/x and Object-free comparisons.
var nz = -0;
console.log(1 / nz);
console.log(1 / (0 * -1));
console.log(1 / (-0 + 0));
console.log(1 / (-0 - 0));
console.log(1 / (0 - 0));
console.log(1 / (-0 * -0));
console.log(nz === 0, nz == 0);
console.log(String(nz));
console.log("" + nz);
console.log(1 / Math.round(-0.4));
console.log(1 / (-1 % 1));
console.log(1 / (5 % -5));
console.log(1 / -(0));
console.log(1 / (0 / -3));
