// Detecting strict mode at run time through this in a plain call.
var isStrict = (function () { return !this; })();
console.log("module code strict:", isStrict);
function check() { "use strict"; return (function () { return !this; })(); }
console.log("inside strict function:", check());
var fromEval = eval("'use strict'; (function () { return !this; })()");
console.log("strict eval code:", fromEval);
var fromIndirect = (0, eval)("(function () { return !this; })()");
console.log("indirect sloppy eval:", fromIndirect);
console.log("new Function strict:", new Function("'use strict'; return !this;")());
