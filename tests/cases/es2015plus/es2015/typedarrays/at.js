var a = new Uint8Array([10, 20, 30]);
console.log(a.at(0), a.at(-1), a.at(3), a.at(-4), a.at('1'));
