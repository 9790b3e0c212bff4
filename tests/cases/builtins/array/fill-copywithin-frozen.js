// fill and copyWithin on frozen arrays throw TypeErrors.
var f = Object.freeze([1, 2, 3]);
try { f.fill(0); } catch (e) { console.log(e.name, e.message); }
try { f.copyWithin(0, 1); } catch (e) { console.log(e.name, e.message); }
try { f.reverse(); } catch (e) { console.log(e.name, e.message); }
try { f.sort(); } catch (e) { console.log(e.name, e.message); }
try { f.splice(0, 1); } catch (e) { console.log(e.name, e.message); }
try { f.shift(); } catch (e) { console.log(e.name, e.message); }
console.log(f.join(","), [].fill.call(Object.freeze([]), 1).length);
