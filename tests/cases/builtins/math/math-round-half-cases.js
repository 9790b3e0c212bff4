// Math.round rounds halves toward +Infinity, unlike toFixed and banker's rounding.
var vals = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 1e15 + 0.5, -1e15 - 0.5, 0.5 - Number.EPSILON / 4];
vals.forEach(function (v) { var r = Math.round(v); console.log(v, r, Object.is(r, -0) ? "-0" : "", v.toFixed(0)); });
