// \p{...} property escapes with the u flag: general categories, scripts and binary properties.
console.log(/^\p{Lu}+$/u.test("ABC"), /^\p{Ll}+$/u.test("abc"), /\p{Uppercase_Letter}/u.test("É"), /\p{gc=Nd}/u.test("٣"));
console.log(/\p{Script=Latin}/u.test("a"), /\p{sc=Cyrillic}/u.test("Ж"), /\p{Script_Extensions=Greek}/u.test("α"), /\p{Script=Han}/u.test("中"));
console.log(/\p{Emoji}/u.test("\u{1F600}"), /\p{White_Space}/u.test("\u3000"), /\p{Alphabetic}/u.test("ß"), /\P{ASCII}/u.test("é"));
console.log("héllo Wörld 123".match(/\p{L}+/gu).join("|"), "a1٢३".match(/\p{N}/gu).length);
try { new RegExp("\\p{NotAProperty}", "u"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new RegExp("\\p{L", "u"); } catch (e) { console.log(e.name + ": " + e.message); }
