// Sloppy functions called plainly see the global object; it has the built-ins as properties.
function getGlobal() { return this; }
var g = getGlobal();
console.log(typeof g, g === getGlobal.call(undefined), g === getGlobal.apply(null));
console.log(g.Math === Math, g.JSON === JSON, g.Array === Array, g.eval === eval);
console.log(typeof g.console, typeof g.setTimeout, typeof g.process);
console.log(g.parseInt === parseInt, g.isNaN === isNaN);
g.fromFunction = "set via this";
console.log(fromFunction);
delete g.fromFunction;
console.log(typeof fromFunction);
