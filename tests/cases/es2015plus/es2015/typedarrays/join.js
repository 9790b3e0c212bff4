var a = new Float64Array([1.5, -0, NaN, 1e21]);
console.log(a.join(), a.join(' | '), a.join(undefined), new Uint8Array(0).join('x') === '');
