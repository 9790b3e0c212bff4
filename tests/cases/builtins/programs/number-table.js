// A numeric table with toFixed, toPrecision, toExponential, toString(radix) and Number parsing.
var values = [0, 1, -1.5, 3.14159, 1234.5678, 0.000123, 1e21, 123456789, -0.5, 2.5];
values.forEach(function (v) {
  console.log([String(v), v.toFixed(2), v.toPrecision(3), v.toExponential(2), Math.round(v).toString(16), (v >>> 0).toString(2).slice(-8)].join(' | '));
});
console.log(['0x1F', ' 42 ', '1e3', '1_000', '0b11', '', '  ', '12px'].map(function (s) { return Number(s) + '/' + parseInt(s) + '/' + parseFloat(s); }).join(' '));
var sum = 0;
for (var i = 0; i < 10; i++) sum += 0.1;
console.log(sum, sum.toFixed(10), Math.abs(sum - 1) < Number.EPSILON * 2, +(sum).toPrecision(15));
