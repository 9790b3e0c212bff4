// toUSVString replaces lone surrogates with U+FFFD.
var util = require('util');
console.log(JSON.stringify(util.toUSVString('a\ud800b')), JSON.stringify(util.toUSVString('\udc00')));
console.log(util.toUSVString('ok \ud83d\ude00') === 'ok \ud83d\ude00', util.toUSVString(12));
