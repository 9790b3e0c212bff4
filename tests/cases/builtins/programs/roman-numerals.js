// Roman numerals both ways with arrays, reduce, regular-expression validation and String methods.
var table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function toRoman(n) {
  return table.reduce(function (acc, pair) {
    while (n >= pair[0]) { acc += pair[1]; n -= pair[0]; }
    return acc;
  }, '');
}
var valid = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
function fromRoman(s) {
  if (!s || !valid.test(s)) throw new RangeError('Invalid numeral: ' + s);
  var values = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  return s.split('').reduceRight(function (acc, ch, i, arr) {
    var v = values[ch];
    return acc.max > v ? { total: acc.total - v, max: acc.max } : { total: acc.total + v, max: v };
  }, { total: 0, max: 0 }).total;
}
[1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].forEach(function (n) { console.log(n, toRoman(n), fromRoman(toRoman(n)) === n); });
['IIII', 'MMMM', 'IC', ''].forEach(function (s) { try { fromRoman(s); } catch (e) { console.log(e.name + ': ' + e.message); } });
var all = true;
for (var i = 1; i < 4000; i++) if (fromRoman(toRoman(i)) !== i) all = false;
console.log('round trip 1..3999:', all);
