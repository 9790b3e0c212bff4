// colors: true wraps values in node's ANSI styles.
var util = require('util');
function show(v, opts) { console.log(JSON.stringify(util.inspect(v, opts || { colors: true }))); }
show(1);
show('s');
show(true);
show(null);
show(undefined);
show(Symbol('q'));
show(new Date(0));
show(/r/);
show(function f() {});
show({ a: [1, 'x', null] });
show([undefined, , 2]);
