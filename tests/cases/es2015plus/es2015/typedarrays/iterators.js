var a = new Uint8Array([7, 8]);
console.log([...a.keys()], [...a.values()], JSON.stringify([...a.entries()]));
for (var v of a) console.log(v);
console.log(Object.prototype.toString.call(a.values()));
