// In tagged templates an invalid escape gives an undefined cooked string; raw keeps the text.
function tag(s) { return [s[0], s.raw[0]]; }
console.log(tag`\unicode and \u{110000}`);
console.log(tag`\xZ`);
console.log(String.raw`C:\new\table ${1 + 1} \u0041`);
console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3));
