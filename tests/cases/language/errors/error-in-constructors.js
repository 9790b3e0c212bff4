// An exception in a constructor means new produces no object.
var created = [];
function Fragile(ok) {
  this.ok = ok;
  created.push(this);
  if (!ok) throw new Error("construction failed");
}
var good = new Fragile(true);
var bad;
try { bad = new Fragile(false); } catch (e) { console.log(e.message); }
console.log(good.ok, typeof bad, created.length, created[1].ok);
function Validated(n) {
  if (typeof n !== "number") throw new TypeError("expected number, got " + typeof n);
  this.n = n;
}
var inputs = [1, "2", null];
for (var i = 0; i < inputs.length; i++) {
  try { console.log("made", new Validated(inputs[i]).n); } catch (e) { console.log(e.name, e.message); }
}
