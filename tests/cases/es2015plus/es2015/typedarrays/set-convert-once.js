var calls = 0;
var a = new Uint8Array(1);
a[0] = { valueOf: function () { calls++; return 5; } };
a[3] = { valueOf: function () { calls++; return 6; } };
console.log(a[0], calls);
