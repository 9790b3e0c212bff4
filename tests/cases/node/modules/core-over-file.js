// Core modules win over files of the same name in node_modules; './path' is the file.
var path = require('path');
console.log(typeof path.join, require('path') === require('node:path'));
try {
  require('./path');
} catch (e) {
  console.log(e.code);
}
