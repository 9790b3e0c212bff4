// Base64 encode/decode written with charCodeAt, bit operators and String.fromCharCode; checked against Buffer.
var alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function encode(bytes) {
  var out = '';
  for (var i = 0; i < bytes.length; i += 3) {
    var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    out += alphabet[n >>> 18] + alphabet[(n >>> 12) & 63] + (i + 1 < bytes.length ? alphabet[(n >>> 6) & 63] : '=') + (i + 2 < bytes.length ? alphabet[n & 63] : '=');
  }
  return out;
}
function decode(s) {
  var clean = s.replace(/=+$/, ''), bytes = [], bits = 0, value = 0;
  for (var i = 0; i < clean.length; i++) {
    value = (value << 6) | alphabet.indexOf(clean[i]);
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((value >>> bits) & 255); }
  }
  return bytes;
}
function utf8(str) { return unescape(encodeURIComponent(str)).split('').map(function (c) { return c.charCodeAt(0); }); }
['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'héllo wörld ✓'].forEach(function (s) {
  var e = encode(utf8(s));
  console.log(JSON.stringify(s), e, e === Buffer.from(s).toString('base64'), decodeURIComponent(escape(String.fromCharCode.apply(null, decode(e)))) === s);
});
