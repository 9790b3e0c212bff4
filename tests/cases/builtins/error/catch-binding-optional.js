// ES2019 optional catch binding, and catch parameters that destructure the error.
try { throw new Error("ignored"); } catch { console.log("caught without binding"); }
try { throw new TypeError("typed"); } catch ({ name, message }) { console.log(name, message); }
try { throw { code: 1, extra: [2, 3] }; } catch ({ code, extra: [first] }) { console.log(code, first); }
var e = "outer";
try { throw "inner"; } catch (e) { e = "changed"; }
console.log(e);
