// charAt, charCodeAt and fromCharCode with in-range and out-of-range positions.
var s = "Abc";
console.log(s.charAt(0), s.charAt(2), JSON.stringify(s.charAt(3)), JSON.stringify(s.charAt(-1)));
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(3), s.charCodeAt(-1));
console.log(s.charAt(), s.charCodeAt(), s.charAt(1.9), s.charAt("1"), s.charAt(NaN));
console.log(String.fromCharCode(), String.fromCharCode(97, 98, 99));
console.log(String.fromCharCode(0x10041), String.fromCharCode("66"));
var codes = [];
for (var i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(" "));
console.log(String.prototype.charAt.call(12345, 2), String.prototype.charAt.call(true, 0));
