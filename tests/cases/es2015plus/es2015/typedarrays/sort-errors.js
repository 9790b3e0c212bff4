try { new Uint8Array(2).sort(1); } catch (e) { console.log(e.name, e.message); }
var a = new Float32Array([-0, 0]).sort();
console.log(Object.is(a[0], -0), Object.is(a[1], 0));
