// Async functions are not constructors.
async function f() {}
try { new f(); } catch (e) { console.log(e.constructor.name, e.message); }
var o = { async m() {} };
try { new o.m(); } catch (e) { console.log(e.constructor.name); }
