// Encoding names: normalised, case-insensitive, and unknown ones rejected.
var StringDecoder = require('string_decoder').StringDecoder;
[undefined, null, '', 'UTF8', 'utf-8', 'Utf-16LE', 'UCS-2', 'BINARY', 'Base64', 'hex', 'ASCII', 'base64url'].forEach(function (e) {
  console.log(JSON.stringify(e), new StringDecoder(e).encoding);
});
['utf16', 'nope', 5, {}].forEach(function (e) {
  try {
    new StringDecoder(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
