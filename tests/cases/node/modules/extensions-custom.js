// A handler added to require.extensions loads files of that extension, with or without it in the request.
var path = require('path');
require.extensions['.txt'] = function (module, filename) {
  module.exports = 'text of ' + path.basename(filename) + ' (' + (typeof module.exports) + ')';
};
console.log(require('./fixtures/data/notes.txt'));
console.log(require('./fixtures/data/notes') === require('./fixtures/data/notes.txt'));
console.log(path.relative(__dirname, require.resolve('./fixtures/data/notes')));
delete require.extensions['.txt'];
console.log(Object.keys(require.extensions));
