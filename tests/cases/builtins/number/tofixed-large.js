// toFixed on values of 1e21 and more falls back to ToString; below that it prints every digit.
console.log((1e21).toFixed(2));
console.log((1e20).toFixed(2));
console.log((123.456e18).toFixed(3));
console.log((9.999999999999999e20).toFixed(1));
console.log((-1e21).toFixed(5), (-1e20).toFixed(0));
console.log((2e21).toFixed(0), (1.5e300).toFixed(2));
console.log((Math.pow(2, 60)).toFixed(0), (Math.pow(2, 53) + 2).toFixed(1));
console.log(Number.MAX_SAFE_INTEGER.toFixed(2));
console.log((0.1 + 0.2).toFixed(17), (1 / 3).toFixed(18));
