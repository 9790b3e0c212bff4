// Reading or writing a property of undefined or null throws TypeError with V8's wording.
var u, n = null;
try { u.foo; } catch (e) { console.log(e.name, e instanceof TypeError, e.message); }
try { n.foo; } catch (e) { console.log(e.message); }
try { u["bar"]; } catch (e) { console.log(e.message); }
try { u.x = 1; } catch (e) { console.log(e.message); }
try { n.y = 2; } catch (e) { console.log(e.message); }
var obj = {};
try { obj.missing.deeper; } catch (e) { console.log(e.message); }
try { var x = obj.missing.deeper.deepest; } catch (e) { console.log(e.name); }
try { u[0]; } catch (e) { console.log(e.message); }
function get(o) { return o.value; }
try { get(); } catch (e) { console.log(e.message); }
