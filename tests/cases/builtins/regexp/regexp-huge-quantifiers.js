// Large and unbounded repetition counts, including counts beyond 2^31.
console.log(/a{0,4294967295}/.test("aaa"), /a{2147483648}/.test("a"), /^a{3}$/.test("aaa"), /^a{1000}$/.test("a".repeat(1000)));
console.log(/x{2147483647,2147483648}/.source, "aaaa".match(/a{2,}?/)[0], "ab".repeat(500).match(/(ab){250}/)[0].length);
try { new RegExp("a{2147483648,1}"); } catch (e) { console.log(e.name + ": " + e.message); }
