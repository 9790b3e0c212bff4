// ++ on an undeclared name throws ReferenceError; on a non-reference it is a syntax-level error caught via eval.
try { undeclaredCounter++; } catch (e) { console.log(e.name, e instanceof ReferenceError); }
console.log(typeof undeclaredCounter);
try { eval("1++"); } catch (e) { console.log(e.name); }
try { eval("++'str'"); } catch (e) { console.log(e.name); }
var o = null;
try { o.x++; } catch (e) { console.log(e.name, e instanceof TypeError); }
var u;
try { u.y += 1; } catch (e) { console.log(e.name); }
var frozen = Object.freeze({ n: 1 });
frozen.n++;
console.log(frozen.n);
