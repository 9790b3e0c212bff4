// Caesar and Vigenère ciphers with charCodeAt/fromCharCode, modular arithmetic on negatives, and regex tests.
function shift(c, k) {
  var code = c.charCodeAt(0), base = code >= 97 ? 97 : 65;
  return /[a-z]/i.test(c) ? String.fromCharCode(((code - base + k) % 26 + 26) % 26 + base) : c;
}
function caesar(s, k) { return s.split('').map(function (c) { return shift(c, k); }).join(''); }
function vigenere(s, key, dir) {
  var i = 0;
  return s.replace(/[a-z]/gi, function (c) { return shift(c, dir * (key.toLowerCase().charCodeAt(i++ % key.length) - 97)); });
}
var msg = 'Attack at Dawn! Zebra-crossing.';
console.log(caesar(msg, 3), '|', caesar(caesar(msg, 3), -3) === msg, '|', caesar(msg, -29));
var enc = vigenere(msg, 'LEMON', 1);
console.log(enc, '|', vigenere(enc, 'LEMON', -1));
