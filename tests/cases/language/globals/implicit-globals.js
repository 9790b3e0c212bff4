// Assigning an undeclared name in sloppy mode creates a deletable global property.
var g = (function () { return this; })();
function create() { createdInFunction = "from function"; }
create();
console.log(createdInFunction, g.createdInFunction, g.hasOwnProperty("createdInFunction"));
var d = Object.getOwnPropertyDescriptor(g, "createdInFunction");
console.log(d.writable, d.enumerable, d.configurable);
console.log(delete g.createdInFunction, typeof createdInFunction);
g.explicitGlobal = "set on global";
console.log(explicitGlobal);
explicitGlobal = "reassigned by name";
console.log(g.explicitGlobal);
delete g.explicitGlobal;
try { explicitGlobal; } catch (e) { console.log(e.name); }
