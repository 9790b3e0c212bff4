console.log(JSON.stringify(new Uint8Array([1, 2])), JSON.stringify({ a: new Float32Array([0.5]) }));
console.log(JSON.stringify(new ArrayBuffer(2)), JSON.stringify(new DataView(new ArrayBuffer(1))));
