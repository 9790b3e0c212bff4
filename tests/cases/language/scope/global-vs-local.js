// Locals shadow globals; assignments without var write to the nearest declaration.
var name = "global";
function readGlobal() { return name; }
function shadowLocal() { var name = "local"; return name; }
function writeOuter() { name = "written by function"; }
console.log(readGlobal(), shadowLocal(), name);
writeOuter();
console.log(name);
function makeImplicit() { implicitVar = "leaked"; }
makeImplicit();
console.log(implicitVar, typeof implicitVar);
var g = (function () { return this; })();
console.log(g.implicitVar, "name" in g);
function nestedWrite() {
  var level = "outer";
  function inner() { level = "changed by inner"; }
  inner();
  return level;
}
console.log(nestedWrite());
delete g.implicitVar;
