// Which operations produce or preserve -0.
function sign(z) { return z === 0 ? (1 / z < 0 ? "-0" : "+0") : String(z); }
console.log(sign(-0 + -0), sign(-0 + 0), sign(0 - 0), sign(-0 - 0), sign(0 * -5), sign(-0 * -5));
console.log(sign(-0 / 3), sign(0 / -3), sign(-0 % 3), sign(3 % -3), sign(-3 % 3));
console.log(sign(Math.round(-0.2)), sign(Math.ceil(-0.2)), sign(Math.floor(-0)), sign(Math.sqrt(-0)));
console.log(sign(-0 | 0), sign(-0 >>> 0), sign(~~-0), sign(Number("-0")), sign(parseFloat("-0")));
console.log(sign(Math.max(-0, -0)), sign(Math.min(0, -0)), sign(Math.max(0, -0)), sign(Math.abs(-0)));
console.log(sign(JSON.parse("-0")), sign(-[]), sign(-null), sign(-false));
console.log(sign(-0 * 0), sign(0 * -1), sign(-1 / Infinity), sign(1 / -Infinity));
console.log(sign(Math.atan2(-0, 1)), sign(Math.sin(-0)), sign(Math.pow(-0, 3)), sign(Math.pow(-0, 2)));
