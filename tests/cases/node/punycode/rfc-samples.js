// RFC 3492 section 7.1 sample strings, encoded and decoded back.
var punycode = require('punycode');
var samples = [
  ['\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'],
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky', 'Proprostnemluvesky-uyb24dma41a'],
  ['\u306A\u305C\u307F\u3093\u306A\u65E5\u672C\u8A9E\u3092\u8A71\u3057\u3066\u304F\u308C\u306A\u3044\u306E\u304B', 'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa'],
  ['3\u5E74B\u7D445\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['\u5B89\u5BA4\u5948\u7F8E\u6075-with-SUPER-MONKEYS', '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'],
  ['-> $1.00 <-', '-> $1.00 <--'],
  ['', ''],
  ['abc', 'abc-'],
  ['\uD83D\uDE00', 'e28h'],
];
samples.forEach(function (s) {
  var enc = punycode.encode(s[0]);
  console.log(JSON.stringify(enc), enc === s[1], punycode.decode(enc) === s[0]);
});
