var a = new Int8Array([1, -2, 3]);
console.log(a.includes(-2), a.includes(3, 3), a.includes(1, -3), a.includes('1'));
