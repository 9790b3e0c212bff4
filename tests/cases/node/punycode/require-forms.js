// punycode loads under both names and without a deprecation warning in node 20.
var a = require('punycode');
var b = require('node:punycode');
console.log(a === b, typeof a.encode, a.version);
