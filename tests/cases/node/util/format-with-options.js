// formatWithOptions applies inspect options to the inspected arguments.
var util = require('util');
console.log(util.formatWithOptions({ depth: 0 }, 'obj: %O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'n=%d', 5, true)));
try { util.formatWithOptions('x', 1); } catch (e) { console.log(e.name, e.code, e.message); }
