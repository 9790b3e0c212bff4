// String.fromCharCode takes UTF-16 code units, truncating with ToUint16.
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode.length);
console.log(String.fromCharCode(65536 + 65), String.fromCharCode(-1).charCodeAt(0));
console.log(String.fromCharCode("66", 67.9, NaN).split("").map(function (c) { return c.charCodeAt(0); }).join(","));
console.log(String.fromCharCode(0xD83D, 0xDE00).length, String.fromCharCode(0xD83D, 0xDE00) === "\uD83D\uDE00");
var log = [];
String.fromCharCode({ valueOf: function () { log.push("a"); return 97; } }, { valueOf: function () { log.push("b"); return 98; } });
console.log(log.join(""));
