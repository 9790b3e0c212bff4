// The v0.8 manual's example: a euro sign and a cent sign.
var StringDecoder = require('string_decoder').StringDecoder;
var decoder = new StringDecoder('utf8');
var cent = Buffer.from([0xC2, 0xA2]);
console.log(decoder.write(cent));
var euro = Buffer.from([0xE2, 0x82, 0xAC]);
console.log(decoder.write(euro));
