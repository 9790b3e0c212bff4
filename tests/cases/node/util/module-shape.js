// The util module's v0.8 members are functions.
// Expectation recorded by hand from the v0.8.16 manual (util.error, util.puts, util.print, util.pump exist); node 20 removed them.
var util = require('util');
['format', 'debug', 'error', 'puts', 'print', 'log', 'inspect', 'isArray', 'isRegExp', 'isDate',
 'isError', 'pump', 'inherits', 'deprecate', 'debuglog', 'isDeepStrictEqual', 'formatWithOptions',
 'stripVTControlCharacters', 'toUSVString'].forEach(function (name) {
  console.log(name, typeof util[name]);
});
console.log(typeof util.types, require('node:util') === util);
