var a = new Uint8Array(3);
a[0] = 256; a[1] = -1; a[2] = 3.9;
console.log(a[0], a[1], a[2]);
a[0] = '12'; a[1] = null; a[2] = NaN;
console.log(a.join());
