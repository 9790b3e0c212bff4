var a = new Uint8Array(2);
a[5] = 1; a[-1] = 2; a[1.5] = 3; a['-0'] = 4;
console.log(a[5], a[-1], a[1.5], a['-0'], Object.keys(a), a.length);
