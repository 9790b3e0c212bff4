console.log(Uint8Array.from([1, 2, 3], function (x) { return x * 2; }).join(), Int16Array.of(1, -2, 3).join());
console.log(Float32Array.from({ length: 2, 0: 1.5 }).join(), Uint8Array.from('123').join());
try { Uint8Array.of.call(Object, 1); } catch (e) { console.log(e.name, e.message); }
