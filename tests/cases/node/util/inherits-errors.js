// util.inherits validates its arguments.
var util = require('util');
function A() {}
function t(f) { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } }
t(function () { util.inherits(A, null); });
t(function () { util.inherits(null, A); });
t(function () { util.inherits(A, undefined); });
var noProto = function () {};
noProto.prototype = undefined;
t(function () { util.inherits(A, noProto); });
t(function () { util.inherits(A, 'str'); });
