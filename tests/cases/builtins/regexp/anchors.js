// ^ and $ without m match only at the input's edges; $ does not match before a final newline.
console.log(/^abc$/.test("abc"), /^abc$/.test("abc\n"), /abc$/.test("abc\n"), /^$/.test(""), /^/.exec("x").index);
console.log("abc".replace(/^/, ">"), "abc".replace(/$/, "<"), "abc".replace(/^|$/g, "|"));
console.log(/a^b/.test("a^b"), /a\^b/.test("a^b"), /a$b/.test("a$b"), /(^a|b$)/g[Symbol.replace]("aab", "X"));
console.log(JSON.stringify("x\ny".match(/^./g)), JSON.stringify("x\ny".match(/.$/g)));
