// Symbols refuse implicit string and number conversion but allow explicit String and Boolean.
var s = Symbol("x");
try { s + ""; } catch (e) { console.log(e.name, e.message); }
try { `${s}`; } catch (e) { console.log(e.name, e.message); }
try { s * 1; } catch (e) { console.log(e.name, e.message); }
try { +s; } catch (e) { console.log(e.name, e.message); }
try { Number(s); } catch (e) { console.log(e.name, e.message); }
console.log(String(s), Boolean(s), !s, s == s, Object(s) == s, typeof Object(s));
console.log(JSON.stringify({ k: s }), JSON.stringify([s]), JSON.stringify(s));
try { [s].join(); } catch (e) { console.log(e.name, e.message); }
