var a = Buffer.from('abcdef');
console.log(a.slice(-2).toString(), a.slice(2, -2).toString(), a.slice(4, 2).length, a.slice(10).length, a.slice('1', '3').toString(), a.slice(1.9).toString(), a.slice().length);
