// Calling methods on number literals needs a second dot, a space or parentheses.
console.log(1..toString(), 1 .toString(), (1).toString(), 1.5.toFixed(1), 0x10.toString(2), 1e3.toExponential());
console.log((-5).toString(), -5..toFixed(1), typeof -5..toFixed(1), (5).constructor === Number);
console.log(5["toString"](2), 10..valueOf(), Number.prototype.toString.call(255, 16));
