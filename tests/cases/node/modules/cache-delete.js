// Deleting a module from require.cache makes the next require load it again.
var path = require('path');
var first = require('./fixtures/counter');
var again = require('./fixtures/counter');
console.log(first === again, first.loads);
var key = require.resolve('./fixtures/counter');
console.log(path.relative(__dirname, key), key in require.cache, require.cache[key].exports === first);
delete require.cache[key];
var fresh = require('./fixtures/counter');
console.log(fresh === first, fresh.loads);
console.log(require.cache[__filename] === module, require.cache === require('module')._cache);
