// Global properties: NaN/Infinity/undefined non-writable; functions writable non-enumerable; assignments fail silently.
['NaN', 'Infinity', 'undefined', 'globalThis', 'parseInt', 'Object', 'JSON', 'Math', 'eval'].forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
});
NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined);
(function () { 'use strict'; try { NaN = 1; } catch (e) { console.log(e.name, e.message); } try { undefined = 1; } catch (e) { console.log(e.name, e.message); } })();
var saved = parseInt;
parseInt = function () { return 'replaced'; };
console.log(parseInt('1'), Number.parseInt === saved);
parseInt = saved;
console.log(delete globalThis.NaN, delete globalThis.JSON, typeof JSON);
