// No coercion: String objects and numbers are rejected like other non-strings.
var path = require('path');
[new String('a'), 1, true, Symbol.iterator, [], function named() {}].forEach(function (v) {
  try {
    path.normalize(v);
  } catch (e) {
    console.log(e.code, e.message);
  }
});
