var a = new Uint8Array(2);
function def(key, desc) {
  try { Object.defineProperty(a, key, desc); return 'ok ' + a[key]; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(def('0', { value: 9 }));
console.log(def('1', { value: 1, writable: false }));
console.log(def('5', { value: 1 }));
console.log(def('0', { get: function () { return 1; } }));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, '0')), Object.getOwnPropertyDescriptor(a, '7'));
