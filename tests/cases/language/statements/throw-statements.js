// throw with expressions; the thrown value is the evaluated expression.
function t(v) { try { throw v; } catch (e) { return e; } }
console.log(t(1 + 2), t("a" + "b"), t(t(5)));
var counter = 0;
try { throw counter++, counter++, counter; } catch (e) { console.log(e, counter); }
try { throw { name: "Custom", message: "plain object" }; } catch (e) { console.log(e.name, e.message, e instanceof Error); }
function Thrower() { this.kind = "constructed"; }
try { throw new Thrower(); } catch (e) { console.log(e.kind, e instanceof Thrower); }
try { throw function () { return "fn"; }; } catch (e) { console.log(e()); }
var caught = false;
try {
  (function () { (function () { throw "deep"; })(); })();
} catch (e) { caught = e; }
console.log(caught);
