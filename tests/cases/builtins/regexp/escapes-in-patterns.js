// Escapes in patterns: control letters, hex, unicode, identity escapes and octal (Annex B).
console.log(/\cJ/.test("\n"), /\cj/.test("\n"), /\c1/.test("\\c1"), /[\c1]/.test("\u0011"), /\x41/.test("A"), /\u0041/.test("A"));
console.log(/\0/.test("\u0000"), /\07/.test("\u0007"), /\101/.test("A"), /[\101]/.test("A"), /\8/.test("8"));
console.log(/\t\n\v\f\r/.test("\t\n\v\f\r"), /\//.test("/"), /\-/.test("-"), /\q/.test("q"), /\xZ/.test("xZ"));
console.log(/[\b]/.source, /\u{41}/.test("A"), /\u{41}/.test("u".repeat(41)), /\x4/.test("x4"));
console.log(/^[\u0041-\u005A]+$/.test("HELLO"), /[\x00-\x1f]/.test("\t"), /\p{L}/u.test("é"), /\p{L}/.test("p{L}"));
console.log(/\P{L}/u.test("1"), /\p{Script=Greek}/u.test("α"), /\p{Lu}/u.test("a"), /\p{Nd}+/u.exec("x١٢٣")[0].length);
