// Numbers to English words with recursion, Math.floor, modulo and array lookups.
var ones = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
var tens = ',,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'.split(',');
var scales = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand'], [100, 'hundred']];
function words(n) {
  if (n < 0) return 'minus ' + words(-n);
  if (n < 20) return ones[n];
  if (n < 100) return tens[Math.floor(n / 10)] + (n % 10 ? '-' + ones[n % 10] : '');
  for (var i = 0; i < scales.length; i++) {
    var s = scales[i];
    if (n >= s[0]) { var rest = n % s[0]; return words(Math.floor(n / s[0])) + ' ' + s[1] + (rest ? (rest < 100 && s[0] > 100 ? ' and ' : ' ') + words(rest) : ''); }
  }
}
[0, 7, 13, 20, 42, 100, 101, 999, 1001, 12345, 1000000, 2147483647, -56, 1e12 + 1].forEach(function (n) { console.log(n, words(n)); });
