// toFixed(n) for n up to 100 prints the exact binary value's digits.
console.log((0.1).toFixed(55));
console.log((1 / 1024).toFixed(10), (1 / 1024).toFixed(9), (Math.pow(2, -20)).toFixed(20));
console.log((5e-324).toFixed(100));
console.log((123.456).toFixed(100));
