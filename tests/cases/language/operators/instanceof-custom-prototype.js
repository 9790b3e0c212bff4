// instanceof consults F.prototype at the time of the test, not at construction.
function F() {}
var before = new F();
console.log(before instanceof F);
F.prototype = {};
console.log(before instanceof F);
var after = new F();
console.log(after instanceof F);
var proto = {};
function G() {}
G.prototype = proto;
var viaCreate = Object.create(proto);
console.log(viaCreate instanceof G);
try { ({}) instanceof {}; } catch (e) { console.log(e.name, e.message); }
function H() {}
H.prototype = 3;
try { ({}) instanceof H; } catch (e) { console.log(e.name); }
console.log(5 instanceof H);
var bound = F.bind(null);
console.log(after instanceof bound);
