var a = new Uint16Array([1, 2, 3]);
console.log(a.reverse() === a, a.join(), new Uint8Array(0).reverse().length);
