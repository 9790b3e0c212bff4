// stripVTControlCharacters removes ANSI escape sequences.
var util = require('util');
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1mbold\u001b[22m'));
console.log(util.stripVTControlCharacters(util.inspect({ a: 1 }, { colors: true })));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.code, e.message); }
