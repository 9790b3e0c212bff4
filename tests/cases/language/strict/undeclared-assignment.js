// In strict mode, assigning to an undeclared name throws ReferenceError.
"use strict";
try {
  undeclaredStrict = 1;
  console.log("no error");
} catch (e) {
  console.log(e.name, e instanceof ReferenceError, e.message);
}
console.log(typeof undeclaredStrict);
function inner() {
  try { alsoUndeclared = 2; } catch (e) { return e.name; }
  return "assigned";
}
console.log(inner());
var declared;
declared = 3;
console.log(declared);
try { undeclaredCompound += 1; } catch (e) { console.log(e.name); }
try { undeclaredIncrement++; } catch (e) { console.log(e.name); }
