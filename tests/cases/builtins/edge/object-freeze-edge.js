// freeze/seal/preventExtensions on arrays, functions and primitives; strict-mode failures name the property.
var arr = Object.freeze([1, 2]);
(function () { 'use strict';
  try { arr.push(3); } catch (e) { console.log(e.name, e.message); }
  try { arr[0] = 9; } catch (e) { console.log(e.name, e.message); }
  try { arr.length = 0; } catch (e) { console.log(e.name, e.message); }
  try { delete arr[0]; } catch (e) { console.log(e.name, e.message); }
  var sealed = Object.seal({ a: 1 });
  sealed.a = 2;
  try { sealed.b = 1; } catch (e) { console.log(e.name, e.message); }
  try { delete sealed.a; } catch (e) { console.log(e.name, e.message); }
  console.log(sealed.a);
  var f = Object.freeze(function named() {});
  try { f.x = 1; } catch (e) { console.log(e.name, e.message); }
})();
console.log(Object.freeze(1), Object.isFrozen(1), Object.isSealed('s'), Object.isExtensible(1), Object.preventExtensions(true));
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(Object.preventExtensions({ a: 1 })), Object.isSealed(Object.freeze({ a: 1 })));
var withAccessor = Object.freeze({ get x() { return 1; } });
console.log(Object.isFrozen(withAccessor), Object.getOwnPropertyDescriptor(withAccessor, 'x').configurable);
