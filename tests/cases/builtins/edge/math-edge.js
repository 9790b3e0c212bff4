// Math edge cases: signed zeros, NaN propagation, coercion order of arguments, max/min with no or many args.
function z(x) { return Object.is(x, -0) ? '-0' : String(x); }
console.log([Math.round(-0.5), Math.round(-0.4), Math.round(0.49999999999999994), Math.round(-2.5), Math.round(2.5)].map(z).join());
console.log([Math.ceil(-0.5), Math.floor(-0), Math.trunc(-0.9), Math.sign(-0), Math.abs(-0), Math.sqrt(-0), Math.cbrt(-0)].map(z).join());
console.log([Math.max(), Math.min(), Math.max(NaN, 1), Math.max(-0, 0), Math.min(0, -0)].map(z).join());
var order = [];
Math.max({ valueOf: function () { order.push('a'); return 1; } }, { valueOf: function () { order.push('b'); return NaN; } }, { valueOf: function () { order.push('c'); return 3; } });
console.log(order.join());
console.log(Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(-0, 0), Math.pow(-0, -3), Math.pow(-Infinity, 3), Math.pow(NaN, 0));
console.log(Math.hypot(-0), Math.hypot(Infinity, NaN), Math.exp(-Infinity), Math.log(-0), Math.log(-1), Math.fround(2 ** 128), Math.fround(-0));
console.log(Math.sin(Infinity), Math.cos(-Infinity), Math.tan(-0), Math.asin(2), Math.acos(1), Math.atan(Infinity) === Math.PI / 2);
