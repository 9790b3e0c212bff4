// The m flag: ^ and $ match at every line terminator (\n \r \u2028 \u2029).
var text = "one\ntwo\r\nthree\u2028four\u2029five";
console.log(text.match(/^\w+/gm).join(","), text.match(/\w+$/gm).join(","));
console.log(text.match(/^\w+/g).join(","), text.match(/\w+$/g).join(","));
console.log(/^b/m.test("a\nb"), /a$/m.test("a\nb"), /a$/.test("a\nb"), /^$/m.test("a\n\nb"));
console.log("a\nb\n".replace(/$/gm, ";"), JSON.stringify("x\r\ny".split(/^/m)));
console.log(/a.b/m.test("a\nb"), /a$\n^b/m.test("a\nb"));
