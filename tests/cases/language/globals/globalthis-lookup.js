// Names resolve through the global object last; local declarations hide globals.
var g = (function () { return this; })();
g.sharedName = "global property";
console.log(sharedName);
var sharedName = "module var";
console.log(sharedName, g.sharedName);
function reads() { return typeof onlyGlobal; }
console.log(reads());
g.onlyGlobal = 1;
console.log(reads(), onlyGlobal);
delete g.onlyGlobal;
console.log(reads());
Object.defineProperty(g, "accessorGlobal", { get: function () { return "computed"; }, configurable: true });
console.log(accessorGlobal);
delete g.accessorGlobal;
delete g.sharedName;
