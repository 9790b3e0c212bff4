// Getters and setters that throw surface at the property access.
var o = {
  get broken() { throw new RangeError("getter failed"); },
  set broken(v) { throw new TypeError("setter got " + v); }
};
try { o.broken; } catch (e) { console.log(e.name, e.message); }
try { o.broken = 7; } catch (e) { console.log(e.name, e.message); }
try { JSON.stringify(o); } catch (e) { console.log("stringify:", e.message); }
try { for (var k in o) o[k]; } catch (e) { console.log("for-in read:", e.name); }
var child = Object.create(o);
try { child.broken; } catch (e) { console.log("inherited:", e.message); }
console.log("broken" in o, Object.keys(o).join());
