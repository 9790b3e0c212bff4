// toASCII only converts labels that need it, and keeps case of ASCII labels.
var punycode = require('punycode');
['Example.COM', 'www.bücher.DE', 'ÄÖÜ.de', 'a.b.c.d.ü', 'ü', '-ü-', 'xn--already.com', 'mail@bücher.de'].forEach(function (d) {
  console.log(d, punycode.toASCII(d));
});
