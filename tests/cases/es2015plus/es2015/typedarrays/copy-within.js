console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3).join());
console.log(new Int16Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3).join());
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, -4, -3).join());
