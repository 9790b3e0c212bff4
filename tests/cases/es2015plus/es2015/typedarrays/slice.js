var a = new Int16Array([1, 2, 3, 4]);
var s = a.slice(1, 3);
s[0] = 50;
console.log(s.join(), a.join(), s.buffer === a.buffer, a.slice(-1).join(), a.slice().length);
