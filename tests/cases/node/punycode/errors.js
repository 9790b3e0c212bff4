// Malformed Punycode throws RangeError with Punycode.js's messages.
var punycode = require('punycode');
['\u00FC-abc', 'a-zzzzzzzzzz', 'ab-!', 'b', '99999999', 'xyz-9', 'a-'].forEach(function (s) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(punycode.decode(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message);
  }
});
try {
  punycode.ucs2.encode([0x110000]);
} catch (e) {
  console.log(e.name);
}
