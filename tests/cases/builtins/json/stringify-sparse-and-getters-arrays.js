// Arrays with getters, holes filled from the prototype and a changing length.
var a = [1, , 3];
Array.prototype[1] = "from proto";
console.log(JSON.stringify(a));
delete Array.prototype[1];
var g = [0, 0];
Object.defineProperty(g, 0, { get: function () { g.push(9); return "got"; }, enumerable: true });
console.log(JSON.stringify(g), g.length);
var len = [1, 2, 3];
Object.defineProperty(len, 1, { get: function () { len.length = 1; return "cut"; } });
console.log(JSON.stringify(len));
