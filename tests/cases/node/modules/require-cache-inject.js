// A module object put into require.cache under an existing file's name is what require returns.
var path = require('path');
var Module = require('module');
var file = path.join(__dirname, 'fixtures', 'counter.js');
var m = new Module(file, module);
m.exports = { injected: true };
m.loaded = true;
require.cache[file] = m;
console.log(require('./fixtures/counter'), global.counterLoads);
delete require.cache[file];
console.log(require('./fixtures/counter'));
