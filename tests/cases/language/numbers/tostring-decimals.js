// Number-to-string picks the shortest decimal that round-trips.
console.log(String(0.1 + 0.2));
console.log(String(0.1), String(0.2), String(0.3));
console.log(String(1 / 3), String(2 / 3));
console.log(String(1.1 * 1.1), String(3 * 1.1));
console.log(String(0.7 + 0.1), String(0.2 + 0.4));
console.log(String(100 / 7));
console.log(String(1.5), String(-1.25), String(1e-3));
console.log(String(123.456), String(5e-324));
console.log(String(4.35 * 100), String(1.15 * 100));
console.log(String(9.95), String(2.675));
