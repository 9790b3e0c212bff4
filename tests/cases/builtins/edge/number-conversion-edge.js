// ToNumber edge cases: hex/binary/octal strings with signs, Infinity spellings, whitespace, objects and arrays.
['0x1A', '-0x1A', '+0x1A', '0b102', '0o18', '0O17', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'INFINITY', '1e1000', '-1e-1000', '.', '.e1', '0.', ' 12 ', '\n\t', '1 2', '٣'].forEach(function (s) {
  var n = Number(s);
  console.log(JSON.stringify(s), Object.is(n, -0) ? '-0' : n);
});
console.log(Number([]), Number([5]), Number([1, 2]), Number({}), Number(null), Number(undefined), Number(true), Number(new Date(5)), Number('  0x10  '));
console.log(+[[[7]]], +{ valueOf: function () { return '8'; } }, +{ toString: function () { return '9'; } }, 1 - '1e1', '3' * '4', '10' / '4');
