// toString(radix) on fractions prints the shortest digits that read back the same value.
console.log((0.5).toString(2), (0.25).toString(2), (0.1).toString(2));
console.log((0.1).toString(3), (0.5).toString(3), (1 / 3).toString(3));
console.log((255.5).toString(16), (-255.5).toString(16), (0.0625).toString(16));
console.log(Math.PI.toString(36), Math.PI.toString(2), Math.E.toString(16));
console.log((1e-7).toString(2), (1e-7).toString(36));
console.log((123.456).toString(8), (123.456).toString(36));
console.log((5e-324).toString(2).length, (5e-324).toString(36));
console.log((0.999).toString(5), (2.5).toString(4));
