// A frozen regexp's lastIndex cannot be written, so global exec and test throw.
var re = Object.freeze(/a/g);
try { re.exec("aa"); console.log("exec ok"); } catch (e) { console.log(e.name + ": " + e.message); }
try { re.test("bb"); console.log("test ok"); } catch (e) { console.log(e.name + ": " + e.message); }
var plain = Object.freeze(/a/);
console.log(plain.test("a"), plain.exec("ba").index);
var dp = /a/g;
Object.defineProperty(dp, "lastIndex", { writable: false, value: 0 });
try { "aa".replace(dp, "b"); console.log("replace ok"); } catch (e) { console.log(e.name + ": " + e.message); }
