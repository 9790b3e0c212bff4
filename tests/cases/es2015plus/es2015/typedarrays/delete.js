var a = new Uint8Array([1, 2]);
console.log(delete a[0], delete a[5], delete a['-0'], a[0]);
(function () {
  'use strict';
  try { delete a[0]; } catch (e) { console.log(e.name, e.message); }
  console.log(delete a[9]);
})();
