Object.prototype[3] = 'proto';
var a = new Uint8Array(2);
console.log(a[3], 3 in a);
var arr = [];
console.log(arr[3]);
delete Object.prototype[3];
