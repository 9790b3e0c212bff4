// Wrapping the .js handler sees every JavaScript file loaded after it.
var path = require('path');
var original = require.extensions['.js'];
var seen = [];
require.extensions['.js'] = function (module, filename) {
  seen.push(path.basename(filename));
  return original(module, filename);
};
require('./fixtures/dirindex');
require('./fixtures/pkg-main');
require('./fixtures/data/config.json');
require.extensions['.js'] = original;
console.log(seen);
