// Decoding strings with only basic code points, delimiters and uppercase digits.
var punycode = require('punycode');
['abc-', '-', '--', 'a-b-c-', 'ABC-', 'tda', 'TDA', 'bcher-kva', 'BCHER-KVA', '3B-ww4c5e180e575a65lsy2b'].forEach(function (s) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(punycode.decode(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.message);
  }
});
