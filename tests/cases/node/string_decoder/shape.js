// The module and the decoder's own properties.
var sd = require('string_decoder');
console.log(Object.keys(sd), typeof sd.StringDecoder);
var d = new sd.StringDecoder('hex');
console.log(Object.keys(d), d.encoding);
console.log(['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal'].map(function (k) { return k in d; }));
