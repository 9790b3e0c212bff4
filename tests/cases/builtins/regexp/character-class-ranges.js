// Character class ranges, escapes inside classes and the hyphen in odd positions.
console.log(/[a-c]/.test("b"), /[a-c]/.test("d"), /[-a]/.test("-"), /[a-]/.test("-"), /[a\-z]/.test("m"), /[a\-z]/.test("-"));
console.log(/[\]]/.test("]"), /[^\]]/.test("]"), /[\\]/.test("\\"), /[.]/.test("x"), /[*+?]/.test("+"), /[$^]/.test("^"));
console.log(/[\u0000-\u001f]/.test("\u0010"), /[\x41-\x43]+/.exec("xABCDx")[0], /[\d.]+/.exec("v1.2.3-beta")[0]);
console.log("Hello World".replace(/[^A-Z]/g, ""), "a1-b2".replace(/[a-z\d]/g, "*"));
try { new RegExp("[z-a]"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new RegExp("[\\d-z]", "u"); } catch (e) { console.log(e.name + ": " + e.message); }
