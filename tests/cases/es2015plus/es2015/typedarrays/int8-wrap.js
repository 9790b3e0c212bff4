var a = new Int8Array(4);
a[0] = 128; a[1] = -129; a[2] = 255; a[3] = -0.5;
console.log(a.join(), Object.is(a[3], 0));
