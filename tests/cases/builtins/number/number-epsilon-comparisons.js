// Comparing floating-point results with Number.EPSILON tolerances.
function close(a, b) { return Math.abs(a - b) < Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b)); }
console.log(0.1 + 0.2 === 0.3, close(0.1 + 0.2, 0.3), close(1e20 + 1, 1e20), close(1, 1 + 2 * Number.EPSILON));
console.log(1 - 0.9, close(1 - 0.9, 0.1), 0.3 - 0.1, close(0.3 - 0.1, 0.2));
console.log(Number.EPSILON, 1 + Number.EPSILON, 1 - Number.EPSILON / 2, (1 + Number.EPSILON) - 1 === Number.EPSILON);
