// util.inherits over several levels keeps instanceof and super_ links.
var util = require('util');
function A() {}
A.prototype.who = function () { return 'A'; };
function B() { A.call(this); }
util.inherits(B, A);
function C() { B.call(this); }
util.inherits(C, B);
C.prototype.who = function () { return 'C>' + C.super_.prototype.who.call(this); };
var c = new C();
console.log(c.who(), c instanceof A, c instanceof B, C.super_ === B, B.super_ === A);
console.log(util.inspect(c), util.inspect(C.super_));
