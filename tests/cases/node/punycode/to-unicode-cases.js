// toUnicode decodes xn-- labels (case-insensitively) and leaves the rest.
var punycode = require('punycode');
['xn--bcher-kva.de', 'XN--BCHER-KVA.DE', 'www.xn--mnchen-3ya.de', 'xn--wgv71a119e.jp', 'plain.com', 'xn--.com', 'a@xn--bcher-kva.de'].forEach(function (d) {
  try {
    console.log(d, punycode.toUnicode(d));
  } catch (e) {
    console.log(d, e.name, e.message);
  }
});
