// Top-level let/const/class in a module wrapper are not properties of the global object; typeof in TDZ throws.
let topLet = 1;
const topConst = 2;
class TopClass {}
console.log(globalThis.topLet, globalThis.topConst, globalThis.TopClass);
try { typeof later; } catch (e) { console.log(e.constructor.name, e.message); }
let later = 'now';
console.log(typeof later, typeof neverDeclared);
function readLater() { return lateConst; }
try { readLater(); } catch (e) { console.log(e.constructor.name, e.message); }
const lateConst = 'ready';
console.log(readLater());
