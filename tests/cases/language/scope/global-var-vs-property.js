// At module scope, var does not create a global property, while assignments to the global object do.
var g = (function () { return this; })();
var moduleLevel = "module";
g.onGlobal = "global";
console.log(moduleLevel, onGlobal);
console.log(g.moduleLevel, "moduleLevel" in g, "onGlobal" in g);
function shadowGlobal() {
  var onGlobal = "local";
  return onGlobal + " vs " + g.onGlobal;
}
console.log(shadowGlobal());
onGlobal = "updated by name";
console.log(g.onGlobal);
delete g.onGlobal;
console.log(typeof onGlobal);
