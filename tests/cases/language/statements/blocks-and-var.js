// Blocks do not create var scope; var declarations are hoisted to the function.
{
  var inBlock = "visible";
}
console.log(inBlock);
for (var i = 0; i < 2; i++) { var loopVar = i; }
console.log(i, loopVar);
if (false) { var neverAssigned = 1; }
console.log(typeof neverAssigned, neverAssigned);
function f() {
  console.log(typeof later);
  if (true) { var later = "set"; }
  return later;
}
console.log(f());
try { var fromTry = "try"; throw 0; } catch (e) { var fromCatch = "catch"; }
console.log(fromTry, fromCatch);
var dup = 1;
var dup;
console.log(dup);
var multi = 1, multi = 2;
console.log(multi);
