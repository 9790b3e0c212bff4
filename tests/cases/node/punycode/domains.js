// toASCII / toUnicode map each label of a domain, keep emails' local parts, accept IDNA dots.
var punycode = require('punycode');
['example.com', 'bücher.de', 'джумла@джpумлатест.bрфa', 'ü\u3002ö\uFF0Eä\uFF61x', 'MAÑANA.com', '', '.', 'a..b',
 'xn--bcher-kva.de'].forEach(function (d) {
  console.log(JSON.stringify(d), JSON.stringify(punycode.toASCII(d)), JSON.stringify(punycode.toUnicode(punycode.toASCII(d))));
});
console.log(punycode.toUnicode('XN--BCHER-KVA.de'), punycode.toUnicode('xn--bcher-kva.xn--p1ai'), punycode.toUnicode('plain'));
