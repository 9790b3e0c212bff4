// String.raw joins raw template strings with the substitutions.
console.log(String.raw`a\nb${1 + 1}c`);
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3, 4));
console.log(String.raw({ raw: "abc" }, "-", "+"));
console.log(String.raw({ raw: [] }, 1) === "", String.raw({ raw: { length: 1, 0: "only" } }));
console.log(String.raw`\u{41}${"B"}\x43`.length, String.raw.length);
try { String.raw({}); } catch (e) { console.log(e.name, e.message); }
